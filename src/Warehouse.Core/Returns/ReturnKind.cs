namespace Warehouse.Core.Returns;

/// <summary>
/// Kept apart because the law treats them apart (Poland / EU): a withdrawal is the consumer's right
/// to change their mind, a complaint says the goods are faulty. Windows, exclusions and who pays
/// the return shipping differ (docs/returns.md).
/// </summary>
public enum ReturnKind
{
    /// <summary>Odstąpienie od umowy: 14 days from receipt (longer if the shop says so), some goods excluded.</summary>
    Withdrawal,
    /// <summary>Reklamacja: the goods do not conform; two years, an answer within 14 days, the shop pays shipping.</summary>
    Complaint,
}
