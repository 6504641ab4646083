using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Printing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_WeightAndLabel(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    // WS-1: mug 350 g + 2 × balm 20 g in carton K1 (tare 100 g) = 490 g; tolerance 9 g (under half the 20 g balm).
    private const int Expected = 490;

    private async Task<TestFloor> AllScannedAsync(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan })
            await floor.ScanAsync(code);
        return floor;
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_stable_weight_in_tolerance_after_the_last_scan_packs_the_order_by_itself(DatabaseProvider provider)
    {
        var floor = await AllScannedAsync(provider);
        ScanResult? done = null;
        using var subscription = floor.Events.Subscribe(e =>
        {
            if (e is WeightJudged judged) done = new ScanResult(judged.Outcome, judged.Message, judged.Message);
            return Task.CompletedTask;
        });

        await floor.WeighAsync(Expected + 5);
        await floor.DeliveredAsync();

        Assert.Equal(ScanOutcome.ParcelDone, done?.Outcome);
        var order = await floor.OrderAsync("WS-1");
        Assert.Equal(OrderStatus.Packed, order.Status);
        Assert.Null(order.ClaimedByStation);
        var parcel = Assert.Single(order.Parcels);
        Assert.Equal(("K1", Expected + 5, Expected), (parcel.CartonCode, parcel.WeightGrams, parcel.ExpectedWeightGrams));
        Assert.True(Sscc.TryParse(parcel.Sscc, out _), $"SSCC {parcel.Sscc} must carry a valid check digit");
        Assert.StartsWith("3" + floor.Labels.SsccCompanyPrefix, parcel.Sscc);
        // Packing asks the carrier; nothing prints until it answers.
        Assert.Equal((ParcelStatus.LabelRequested, null, "INPOST", "KURIER"), (parcel.Status, parcel.TrackingNumber, parcel.CarrierCode, parcel.ServiceCode));
        Assert.Empty(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
        Assert.Null((await floor.Board.LoadAsync("PACK-01"))!.OrderNumber);

        await floor.CarriersAnswerAsync();

        parcel = Assert.Single((await floor.OrderAsync("WS-1")).Parcels);
        var job = await floor.QueryAsync(db => db.PrintJobs.SingleAsync());
        Assert.Equal(ParcelStatus.Labelled, parcel.Status);
        Assert.True(((Warehouse.Core.Shipping.Sandbox.CarrierSandbox)floor.Carriers.Find("INPOST")).TrackingNumbers.IsValid(parcel.TrackingNumber), parcel.TrackingNumber);
        Assert.Equal((PrintJobStatus.Queued, parcel.LabelZpl), (job.Status, job.Zpl));
        Assert.Contains(parcel.TrackingNumber!, parcel.LabelZpl);
        Assert.Contains(parcel.Sscc, parcel.LabelZpl);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_reading_taken_before_the_last_item_could_land_is_not_used(DatabaseProvider provider)
    {
        var floor = await AllScannedAsync(provider);
        var now = floor.Clock.GetUtcNow().UtcDateTime;

        await floor.Pipeline.WeighAsync("PACK-01", new WeightReading(Expected, true, now.AddMilliseconds(100), now));
        var complete = await floor.Pipeline.ScanAsync(new ScanRequest("PACK-01", floor.NextScanId(), CommandCodes.Complete));

        Assert.Equal(OrderStatus.Packing, (await floor.OrderAsync("WS-1")).Status);
        Assert.Equal(Codes.WeightWaiting, complete.Message.Code);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_parcel_missing_its_lightest_item_is_out_of_tolerance_and_listed_as_an_exception(DatabaseProvider provider)
    {
        var floor = await AllScannedAsync(provider);

        await floor.WeighAsync(Expected - 20); // one balm left out of the box
        var complete = await floor.ScanAsync(CommandCodes.Complete);

        Assert.Equal((ScanOutcome.Refused, Codes.WeightOutOfTolerance), (complete.Outcome, complete.Message.Code));
        var exception = await floor.QueryAsync(db => db.ExceptionCases.SingleAsync());
        Assert.Equal((ExceptionKind.WeightMismatch, Expected, Expected - 20, (DateTime?)null),
            (exception.Kind, exception.ExpectedGrams, exception.ActualGrams, exception.ResolvedUtc));
        Assert.Equal(OrderStatus.Packing, (await floor.OrderAsync("WS-1")).Status);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reweighing_in_tolerance_resolves_the_exception_and_packs(DatabaseProvider provider)
    {
        var floor = await AllScannedAsync(provider);
        await floor.WeighAsync(Expected - 20);

        await floor.WeighAsync(Expected);

        Assert.Equal(OrderStatus.Packed, (await floor.OrderAsync("WS-1")).Status);
        Assert.NotNull((await floor.QueryAsync(db => db.ExceptionCases.SingleAsync())).ResolvedUtc);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_a_supervisor_badge_accepts_a_weight_out_of_tolerance(DatabaseProvider provider)
    {
        var floor = await AllScannedAsync(provider);
        await floor.WeighAsync(Expected + 200);

        var request = await floor.ScanAsync(CommandCodes.AcceptWeightPackaging);
        var packer = await floor.ScanAsync(TestFloor.OtherPackerBadge);
        var supervisor = await floor.ApproveAsync();

        Assert.Equal(Codes.WeightAcceptRequested, request.Message.Code);
        Assert.Equal((ScanOutcome.Refused, StationCodes.NotSupervisor), (packer.Outcome, packer.Message.Code));
        Assert.Equal(ScanOutcome.ParcelDone, supervisor.Outcome);
        var parcel = Assert.Single((await floor.OrderAsync("WS-1")).Parcels);
        Assert.Equal(Expected + 200, parcel.WeightGrams);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reprint_queues_the_same_label_again_and_says_so_in_the_audit(DatabaseProvider provider)
    {
        var floor = await AllScannedAsync(provider);
        await floor.WeighAsync(Expected);

        var early = await floor.ScanAsync(CommandCodes.Reprint);
        await floor.CarriersAnswerAsync();
        var reprint = await floor.ScanAsync(CommandCodes.Reprint);

        Assert.Equal((ScanOutcome.Refused, Codes.LabelNotYet), (early.Outcome, early.Message.Code));
        Assert.Equal(Codes.ReprintQueued, reprint.Message.Code);
        var jobs = await floor.QueryAsync(db => db.PrintJobs.OrderBy(j => j.Id).ToListAsync());
        Assert.Equal(2, jobs.Count);
        Assert.Equal((jobs[0].Zpl, (int?)jobs[0].Id), (jobs[1].Zpl, jobs[1].ReprintOf));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reprint_refuses_a_parcel_that_is_no_longer_ours_to_label(DatabaseProvider provider)
    {
        var floor = await AllScannedAsync(provider);
        await floor.WeighAsync(Expected);
        await floor.CarriersAnswerAsync();
        // The station's last parcel has since gone with the carrier and been delivered.
        await floor.QueryAsync(async db =>
        {
            var parcel = await db.Parcels.SingleAsync();
            parcel.Advance(ParcelStatus.InTransit, floor.FloorClock.UtcNow);
            parcel.Advance(ParcelStatus.Delivered, floor.FloorClock.UtcNow);
            return await db.SaveChangesAsync();
        });
        var jobsBefore = await floor.QueryAsync(db => db.PrintJobs.CountAsync());

        var reprint = await floor.ScanAsync(CommandCodes.Reprint);

        Assert.Equal((ScanOutcome.Refused, Codes.ReprintNothing), (reprint.Outcome, reprint.Message.Code));
        Assert.Equal(jobsBefore, await floor.QueryAsync(db => db.PrintJobs.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SSCC_and_tracking_numbers_never_repeat_across_parcels(DatabaseProvider provider)
    {
        var floor = await AllScannedAsync(provider);
        await floor.WeighAsync(Expected);
        foreach (var code in new[] { "WS-2", TestFloor.BookEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(600 + 300); // the book is too long for K1: K2, tare 300 g
        foreach (var code in new[] { "WS-3", TestFloor.MugEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(350 + 100);
        await floor.CarriersAnswerAsync();

        var parcels = await floor.QueryAsync(db => db.Parcels.ToListAsync());

        Assert.Equal(3, parcels.Count);
        Assert.Equal(3, parcels.Select(p => p.Sscc).Distinct().Count());
        Assert.Equal(3, parcels.Select(p => p.TrackingNumber).Distinct().Count());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_label_is_composed_for_the_stations_printer_resolution_and_roll(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await floor.QueryAsync(async db =>
        {
            var station = await db.Stations.SingleAsync(s => s.Code == "PACK-01");
            station.Devices.PrinterDpi = 300;
            station.Devices.LabelWidthInches = 4;
            station.Devices.LabelHeightInches = 6;
            return await db.SaveChangesAsync();
        });
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan })
            await floor.ScanAsync(code);

        await floor.WeighAsync(Expected);
        await floor.CarriersAnswerAsync();

        var parcel = Assert.Single((await floor.OrderAsync("WS-1")).Parcels);
        // 4 × 6 in at 300 dpi is 1200 × 1800 dots; at the default 203 dpi it would be 812 wide.
        Assert.Contains("^PW1200", parcel.LabelZpl);
        Assert.Contains("^LL1800", parcel.LabelZpl);
    }
}
