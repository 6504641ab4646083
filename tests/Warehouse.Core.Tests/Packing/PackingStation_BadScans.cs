using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_BadScans(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    public static TheoryData<string, string> BadScans => new()
    {
        { "", StationCodes.ScanEmpty },
        { "   ", StationCodes.ScanEmpty },
        { new string('7', 5 * 1024), StationCodes.ScanTooLong },
        { "590123\u0000412345", StationCodes.ScanControlCharacters },
        { "\u001b[2J5901234123457", StationCodes.ScanControlCharacters },
        { "5901234123458", Codes.ScanBadCheckDigit },
        { "àà&\"'(-è_çà", StationCodes.ScanKeyboardLayout },
        { "'; DROP TABLE \"Orders\"; --", StationCodes.ScanUnknown },
        { "<script>alert(1)</script>", StationCodes.ScanUnknown },
        { "^XA^FO0,0^GB812,1218,812^FS^XZ", StationCodes.ScanUnknown },
        { "CMD:SELF-DESTRUCT", StationCodes.ScanUnknown },
    };

    [Theory, MemberData(nameof(BadScans))]
    public async Task A_bad_scan_is_refused_with_a_reason_and_stored_as_refused(string code, string expected)
    {
        var floor = await TestFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        foreach (var c in new[] { TestFloor.PackerBadge, "WS-1" }) await floor.ScanAsync(c);

        var result = await floor.ScanAsync(code);

        Assert.Equal((ScanOutcome.Refused, expected), (result.Outcome, result.Message.Code));
        var audit = await floor.QueryAsync(db => db.AuditEvents.OrderBy(a => a.Id).LastAsync());
        Assert.Equal("Refused", audit.Outcome);
        Assert.True(audit.Scanned!.Length <= 128);
        Assert.DoesNotContain(audit.Scanned, char.IsControl);
        Assert.Equal(0, (await floor.Board.LoadAsync("PACK-01"))!.Scanned);
        Assert.Equal(3, await floor.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public void GS1_data_keeps_its_group_separator_and_is_not_called_garbage() =>
        Assert.Null(ScanText.Refusal("]C1010590123412345710ABC\u001d21XYZ", 256));

    [Theory]
    [InlineData("5901234123457")]
    [InlineData("WS-100001")]
    [InlineData("B-1001")]
    [InlineData("è")]
    public void Ordinary_codes_are_not_taken_for_a_wrong_keyboard_layout(string code) =>
        Assert.False(ScanText.LooksLikeWrongKeyboardLayout(code));
}
