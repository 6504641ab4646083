using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;
using Warehouse.Core.Slips;
using Warehouse.Core.Tests.Support;
using Opts = Microsoft.Extensions.Options.Options;

namespace Warehouse.Core.Tests.Slips;

/// <summary>What an order's packing slip says: segment and coupon, gift without prices, products that go with it, the returns link.</summary>
public sealed class PackingSlip_ForTheCustomer(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string LinkSecret = "slip-test-secret-0123456789abcdef0123";

    private static ReturnLinks Links(TestFloor floor, string? secret = LinkSecret) =>
        new(Opts.Create(new ReturnOptions { LinkSecret = secret }), floor.FloorClock);

    private static PackingSlips Slips(TestFloor floor, string? site = "https://sklep.example.pl/", string? secret = LinkSecret) => new(floor.Dbs,
        Opts.Create(new NoticeOptions { TrackingBaseUrl = site }),
        Opts.Create(new SlipOptions { Coupons = { ["FirstOrder"] = "WITAJ10", ["Returning"] = "DZIEKI5" } }),
        Links(floor, secret));

    private static async Task<TestFloor> FloorAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        await using var db = floor.Dbs.CreateDbContext();
        // A category for what WS-1 holds, and one more product of it the customer did not buy.
        foreach (var sku in await db.Skus.ToListAsync()) sku.Category = sku.Code == TestFloor.Book ? "books" : "kitchen";
        db.Skus.Add(new Sku { Code = "KUB-0002", Name = "Spodek do kubka", WeightGrams = 100, Size = new Dimensions(120, 120, 10), Category = "kitchen" });
        foreach (var line in await db.Set<OrderLine>().ToListAsync()) line.UnitPriceMinor = 1999;
        await db.SaveChangesAsync();
        return floor;
    }

    private static Task SetAsync(TestFloor floor, string number, Action<Order> change) => floor.QueryAsync(async db =>
    {
        var order = await db.Orders.Include(o => o.Recipient).SingleAsync(o => o.Number == number);
        change(order);
        return await db.SaveChangesAsync();
    });

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_first_order_gets_its_lines_with_prices_the_welcome_coupon_products_that_go_with_it_and_the_returns_link(DatabaseProvider provider)
    {
        var floor = await FloorAsync(fixture, provider);
        await SetAsync(floor, "WS-1", o => o.Recipient.Email = "ewa@example.pl");

        var slip = await Slips(floor).ForAsync("WS-1");

        Assert.NotNull(slip);
        Assert.Equal((CustomerSegment.FirstOrder, "WITAJ10"), (slip.Segment, slip.CouponCode));
        Assert.Equal([(TestFloor.Mug, 1, (long?)1999), (TestFloor.Balm, 2, 1999)], slip.Lines.Select(l => (l.SkuCode, l.Quantity, l.UnitPriceMinor)));
        Assert.Equal(3 * 1999, slip.TotalMinor);
        Assert.Equal(["Spodek do kubka"], slip.Complementary);
        // The QR opens this order's portal page without the e-mail: a signed link the portal believes.
        var link = new Uri(slip.ReturnsUrl!);
        Assert.Equal(("https", "sklep.example.pl", ReturnLinks.Path), (link.Scheme, link.Host, link.AbsolutePath));
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        Assert.Equal("WS-1", Links(floor).Check(query["o"], query["e"], query["s"]));
        Assert.Equal("pl", slip.Language);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_customer_who_ordered_before_under_the_same_e_mail_is_returning(DatabaseProvider provider)
    {
        var floor = await FloorAsync(fixture, provider);
        await SetAsync(floor, "WS-1", o => (o.Recipient.Email, o.ReceivedUtc) = ("Ewa@Example.pl", o.ReceivedUtc.AddDays(-30)));
        await SetAsync(floor, "WS-2", o => o.Recipient.Email = "ewa@example.pl ");

        var slip = await Slips(floor).ForAsync("WS-2");

        Assert.Equal((CustomerSegment.Returning, "DZIEKI5"), (slip!.Segment, slip.CouponCode));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_marketplace_buyer_gets_no_coupon_and_no_products(DatabaseProvider provider)
    {
        var floor = await FloorAsync(fixture, provider);
        await SetAsync(floor, "WS-1", o => o.Channel = SalesChannel.Allegro);

        var slip = await Slips(floor).ForAsync("WS-1");

        Assert.Equal((CustomerSegment.Marketplace, (string?)null), (slip!.Segment, slip.CouponCode));
        Assert.Empty(slip.Complementary);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_gift_order_carries_its_note_and_no_price_at_all_in_the_customer_s_language(DatabaseProvider provider)
    {
        var floor = await FloorAsync(fixture, provider);
        await SetAsync(floor, "WS-1", o => (o.Gift, o.GiftNote, o.Language) = (true, "Wszystkiego najlepszego!", "en"));

        var slip = await Slips(floor).ForAsync("WS-1");

        Assert.True(slip!.Gift);
        Assert.Equal("Wszystkiego najlepszego!", slip.GiftNote);
        Assert.All(slip.Lines, l => Assert.Null(l.UnitPriceMinor));
        Assert.Null(slip.TotalMinor);
        Assert.Equal("en", slip.Language);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Without_the_site_s_address_there_is_no_returns_link(DatabaseProvider provider)
    {
        var floor = await FloorAsync(fixture, provider);

        Assert.Null((await Slips(floor, site: null).ForAsync("WS-1"))!.ReturnsUrl);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unknown_oversized_and_hostile_order_numbers_find_nothing(DatabaseProvider provider)
    {
        var floor = await FloorAsync(fixture, provider);
        var slips = Slips(floor);

        foreach (var number in new[] { "WS-404", "<script>alert(1)</script>", "^XZ", "WS-1\u0007", new string('9', 65), "", "   " })
            Assert.Null(await slips.ForAsync(number));
    }

    [Fact]
    public void Without_signed_links_the_qr_opens_the_search_with_the_number_escaped() =>
        Assert.Equal("https://sklep.example.pl/returns?order=A%26B%2F1", ReturnsLink.For("https://sklep.example.pl", "A&B/1", null));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_slip_made_without_a_link_secret_still_points_at_the_portal(DatabaseProvider provider)
    {
        var floor = await FloorAsync(fixture, provider);

        var slip = await Slips(floor, secret: null).ForAsync("WS-1");

        Assert.Equal("https://sklep.example.pl/returns?order=WS-1", slip!.ReturnsUrl);
    }

    [Fact]
    public void Both_languages_have_every_slip_text_with_the_same_placeholders()
    {
        Assert.Equal(SlipTexts.Pl.Keys.Order(), SlipTexts.En.Keys.Order());
        foreach (var (code, text) in SlipTexts.Pl)
            Assert.Equal(Placeholders(text), Placeholders(SlipTexts.En[code]));
        // Every segment that can get a coupon has its sentence.
        foreach (var segment in Enum.GetValues<CustomerSegment>().Where(s => s != CustomerSegment.Marketplace))
            Assert.Contains($"slip.coupon.{segment}", SlipTexts.Pl.Keys);
    }

    [Fact]
    public void Coupon_codes_are_checked_at_start()
    {
        var check = new SlipOptionsCheck();
        Assert.True(check.Validate(null, new SlipOptions { Coupons = { ["FirstOrder"] = "WITAJ10" } }).Succeeded);
        Assert.True(check.Validate(null, new SlipOptions { Coupons = { ["Marketplace"] = "ALLEGRO1" } }).Failed);
        Assert.True(check.Validate(null, new SlipOptions { Coupons = { ["FirstOrder"] = "<script>" } }).Failed);
        Assert.True(check.Validate(null, new SlipOptions { Coupons = { ["Vip"] = "VIP10" } }).Failed);
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order()];
}
