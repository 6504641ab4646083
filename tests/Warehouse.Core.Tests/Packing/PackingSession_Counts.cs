using Warehouse.Core.Catalog;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingSession_Counts
{
    private static readonly Sku Mug = new() { Id = 1, Code = "KUB-0001", Name = "Kubek", WeightGrams = 350, Size = new(120, 90, 100) };
    private static readonly Sku Balm = new() { Id = 2, Code = "BAL-0001", Name = "Balsam", WeightGrams = 20, Size = new(70, 20, 20) };
    private static readonly CartonType Small = new() { Code = "K1", Name = "Karton", Inner = new(200, 150, 100), Outer = new(206, 156, 106), MaxLoadGrams = 5000, TareGrams = 100 };

    private static PackingSession Session() => new()
    {
        StationCode = "PACK-01",
        Order = new Order
        {
            Number = "WS-1", Carrier = "InPost", Service = "Kurier",
            Lines = [new OrderLine { SkuId = 1, Sku = Mug, Quantity = 1 }, new OrderLine { SkuId = 2, Sku = Balm, Quantity = 2 }],
        },
    };

    [Fact]
    public void What_remains_and_what_the_parcel_should_weigh_follow_every_count_and_undo()
    {
        var session = Session();
        var now = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

        var before = (session.Remaining, session.ExpectedGrams(Small), session.LoadGrams(Small));
        session.Count(1, now);
        session.Count(2, now.AddSeconds(1));
        session.Weighed(470, now.AddSeconds(2), inTolerance: true);
        var undone = session.Undo();
        var afterUndo = (session.Remaining, session.WeighedGrams, session.LoadGrams(Small));
        session.Count(2, now.AddSeconds(3));
        session.Count(2, now.AddSeconds(4));

        Assert.Equal((3, 490, 0), before);
        Assert.Equal(2, undone!.SkuId);
        Assert.Equal((2, (int?)null, 450), afterUndo);
        Assert.Equal((0, true, 490), (session.Remaining, session.AllAccountedFor, session.ExpectedGrams(Small)));
    }

    [Fact]
    public void A_short_pack_expects_only_what_was_scanned()
    {
        var session = Session();
        session.Count(1, DateTime.UtcNow);
        session.PendingApproval = PackingApproval.ShortMissing;

        session.Approve(PackingApproval.ShortMissing, supervisorId: 3);

        Assert.Equal((true, 2, 450, "missing", (PackingApproval?)null), (session.AllAccountedFor, session.Remaining, session.ExpectedGrams(Small), session.ShortReason, session.PendingApproval));
    }

    [Theory]
    [InlineData(PackingApproval.ShortMissing, "short:missing")]
    [InlineData(PackingApproval.ShortDamaged, "short:damaged")]
    [InlineData(PackingApproval.WeightPackaging, "weight:packaging")]
    [InlineData(PackingApproval.WeightCatalog, "weight:catalog")]
    public void Approvals_are_stored_as_the_words_they_always_had(PackingApproval approval, string stored)
    {
        Assert.Equal(stored, approval.Code());
        Assert.Equal(approval, PackingApprovals.Parse(stored));
    }
}
