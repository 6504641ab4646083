namespace Warehouse.Core.Packing;

/// <summary>What a packing session may wait for a supervisor's badge to allow.</summary>
public enum PackingApproval
{
    ShortMissing,
    ShortDamaged,
    WeightPackaging,
    WeightCatalog,
}

public static class PackingApprovals
{
    public static bool IsShort(this PackingApproval approval) => approval is PackingApproval.ShortMissing or PackingApproval.ShortDamaged;

    /// <summary>The reason as stored with the session and shown in the short-pack case ("missing", "packaging", …).</summary>
    public static string Reason(this PackingApproval approval) => approval switch
    {
        PackingApproval.ShortMissing => "missing",
        PackingApproval.ShortDamaged => "damaged",
        PackingApproval.WeightPackaging => "packaging",
        PackingApproval.WeightCatalog => "catalog",
        _ => throw new ArgumentOutOfRangeException(nameof(approval)),
    };

    /// <summary>As stored and shown on the station screen ("short:missing", "weight:packaging", …).</summary>
    public static string Code(this PackingApproval approval) => (approval.IsShort() ? "short:" : "weight:") + approval.Reason();

    public static PackingApproval Parse(string code) =>
        Enum.GetValues<PackingApproval>().First(a => a.Code() == code);
}
