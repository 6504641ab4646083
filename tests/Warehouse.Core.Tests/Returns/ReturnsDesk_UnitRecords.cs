using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Photos;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;
using Warehouse.Testing;
using Commands = Warehouse.Core.Returns.Desk.ReturnsDeskCommands;

namespace Warehouse.Core.Tests.Returns;

/// <summary>
/// What the desk writes down about the unit on it, on a real database: the ticks of its category's
/// checklist (kept with its grade), the clerk's note (plain text, refused when too long or with control
/// characters, audited without its words), and photos tied to the return and the unit.
/// </summary>
public sealed class ReturnsDesk_UnitRecords(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly string _photos = Directory.CreateTempSubdirectory("warehouse-desk-photos-").FullName;

    public void Dispose() => Directory.Delete(_photos, recursive: true);

    /// <summary>A declared return of two mugs and the book, the mug a ceramic (two checks), opened at the desk.</summary>
    private static async Task<(ReturnFloor Floor, string Rma)> OpenedAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        await using (var db = floor.Floor.Dbs.CreateDbContext())
        {
            (await db.Skus.SingleAsync(s => s.Code == TestFloor.Mug)).Category = "Ceramics"; // any case
            await db.SaveChangesAsync();
        }
        var declared = await floor.DeclareAsync(floor.Withdrawal(DropOff.CourierPickup,
            new ReturnRequestLine(floor.Mugs, 2, ReturnReason.TooSmall, null), new ReturnRequestLine(floor.Book, 1, null, null)));
        Assert.True(declared.Declared, string.Join(", ", declared.Refusals));
        await floor.AtDeskAsync(ReturnFloor.ClerkBadge, declared.ReturnNumber!);
        return (floor, declared.ReturnNumber!);
    }

    private static string Codes(IEnumerable<ScanResult> results) => string.Join(" | ", results.Select(r => $"{r.Outcome} {r.Message.Code}"));

    private static async Task<List<ReturnUnit>> UnitsAsync(ReturnFloor floor)
    {
        await using var db = floor.Floor.Dbs.CreateDbContext();
        return await db.ReturnUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
    }

    private static int _entries;

    private static Task<ScanResult> NoteAsync(ReturnFloor floor, string? typed) =>
        new ReturnsDeskNotes(floor.Floor.Pipeline, floor.Floor.FloorClock).NoteAsync(ReturnFloor.Desk, $"note-{Interlocked.Increment(ref _entries)}", typed);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_checklist_of_the_units_category_is_ticked_one_by_one_or_all_at_once_and_kept_with_its_grade(DatabaseProvider provider)
    {
        var (floor, _) = await OpenedAsync(fixture, provider);

        var mug = await floor.AtDeskAsync(Commands.GradeB, TestFloor.MugEan, ReturnsDeskCheckCommands.For(2), ReturnsDeskCheckCommands.For(3),
            ReturnsDeskCheckCommands.All, ReturnsDeskCheckCommands.All, ReturnsDeskCheckCommands.For(1), Commands.GradeB, Commands.Dispose);
        var book = await floor.AtDeskAsync(TestFloor.BookEan, ReturnsDeskCheckCommands.For(2), ReturnsDeskCheckCommands.For(2), ReturnsDeskCheckCommands.All,
            Commands.GradeA, Commands.ReturnToVendor, ReturnsDeskCheckCommands.All);

        Assert.Equal(string.Join(" | ", "Refused desk.no_unit", "Accepted desk.unit_arrived", "Accepted desk.unit.ticked", "Refused desk.unit.no_such_check",
            "Accepted desk.unit.all_ticked", "Accepted desk.unit.all_unticked", "Accepted desk.unit.ticked", "Accepted desk.graded", "Accepted desk.decided"), Codes(mug));
        Assert.Equal("Kubek ceramiczny 350 ml complete", string.Join(" ", mug[2].Message.Args)); // the argument is the check, translated by the edge
        Assert.Equal(string.Join(" | ", "Accepted desk.unit_arrived", "Accepted desk.unit.ticked", "Accepted desk.unit.unticked", "Accepted desk.unit.all_ticked",
            "Accepted desk.graded", "Accepted desk.decided", "Refused desk.no_unit"), Codes(book)); // a decided unit has left the desk
        var units = await UnitsAsync(floor);
        Assert.Equal([$"B {ReturnCheckCodes.NoChipsOrCracks}", $"A {string.Join(",", ReturnChecklists.Default)}"],
            units.Select(u => $"{u.Grade} {string.Join(",", u.Checked)}"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_board_shows_the_unit_on_the_desk_with_its_checklist_ticks_note_and_the_lines_found_and_missing(DatabaseProvider provider)
    {
        var (floor, rma) = await OpenedAsync(fixture, provider);
        await floor.AtDeskAsync(TestFloor.MugEan, Commands.GradeA, ReturnsDeskCheckCommands.For(1));
        await NoteAsync(floor, "Pudełko <b>zgniecione</b>");
        var board = new ReturnsDeskBoard(floor.Floor.Dbs, floor.Floor.FloorClock, Microsoft.Extensions.Options.Options.Create(floor.Floor.StationOptions));

        var view = await board.LoadAsync(ReturnFloor.Desk);

        var open = Assert.IsType<ReturnsDeskReturn>(view?.Return);
        Assert.Equal((rma, ReturnFloor.OrderNumber, ReturnKind.Withdrawal, 1, 3), (open.Number, open.OrderNumber, open.Kind, open.Found, open.Declared));
        Assert.Equal([(TestFloor.Mug, 2, 1, 1, (ReturnReason?)ReturnReason.TooSmall), (TestFloor.Book, 1, 0, 1, null)],
            open.Lines.Select(l => (l.SkuCode, l.Declared, l.Found, l.Missing, l.Reason)).ToList());
        var unit = Assert.IsType<ReturnsDeskOpenUnit>(open.OnDesk);
        Assert.Equal((ReturnGrade.A, (ReturnDisposition?)ReturnDisposition.Restock, "Pudełko <b>zgniecione</b>"), (unit.Grade!.Value, unit.Suggested, unit.Note));
        Assert.Equal([(ReturnCheckCodes.NoChipsOrCracks, true), (ReturnCheckCodes.Complete, false)], unit.Checklist.Select(c => (c.Code, c.Ticked)).ToList());
        Assert.Equal(ReturnsDeskCodes.NextDisposition, view!.Next.Code);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_note_is_stored_on_the_unit_as_typed_and_audited_without_its_words(DatabaseProvider provider)
    {
        var (floor, _) = await OpenedAsync(fixture, provider);
        const string hostile = "<script>alert('x')</script> & rysa na uchu";

        var before = await NoteAsync(floor, "przed towarem");
        await floor.AtDeskAsync(TestFloor.MugEan);
        var saved = await NoteAsync(floor, "  " + hostile + "  ");

        Assert.Equal("Refused desk.no_unit", Codes([before]));
        Assert.Equal("Accepted desk.unit.note_saved", Codes([saved]));
        Assert.Equal(hostile, (await UnitsAsync(floor)).Single().Note);
        await using var db = floor.Floor.Dbs.CreateDbContext();
        var audited = await db.AuditEvents.Where(a => a.StationCode == ReturnFloor.Desk).OrderBy(a => a.Id).Select(a => new { a.Scanned, a.MessageCode, a.MessageArgs }).ToListAsync();
        Assert.Equal(["desk.no_unit", "desk.unit.note_saved"], audited.Where(a => a.Scanned == ReturnsDeskNotes.Audited).Select(a => a.MessageCode));
        Assert.DoesNotContain(audited, a => (a.Scanned + a.MessageArgs).Contains("script"));

        var cleared = await NoteAsync(floor, "   ");
        Assert.Equal("Accepted desk.unit.note_cleared", Codes([cleared]));
        Assert.Null((await UnitsAsync(floor)).Single().Note);
    }

    public static TheoryData<string> BadNotes => new() { "too long", "tab", "escape", "null", "line break" };

    [Theory]
    [MemberData(nameof(BadNotes))]
    public async Task A_note_too_long_or_with_control_characters_is_refused_and_the_stored_one_kept(string bad)
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var (floor, _) = await OpenedAsync(fixture, provider);
            await floor.AtDeskAsync(TestFloor.MugEan);
            await NoteAsync(floor, "rysa");
            var typed = bad switch
            {
                "too long" => new string('x', ReturnUnitNotes.MaxLength + 1),
                "tab" => "rysa\tna uchu",
                "escape" => "rysa \u001b[31m",
                "null" => "rysa\0",
                _ => "rysa\nna uchu",
            };

            var result = await NoteAsync(floor, typed);

            Assert.Equal(ScanOutcome.Refused, result.Outcome);
            Assert.Equal(bad == "too long" ? ReturnsDeskUnitCodes.TooLong : ReturnsDeskUnitCodes.ControlCharacters, result.Message.Code);
            Assert.Equal("rysa", (await UnitsAsync(floor)).Single().Note);
        }
    }

    [Fact]
    public void A_note_of_exactly_the_most_characters_is_taken_and_every_checklist_fits_its_commands()
    {
        Assert.Equal((new string('ż', ReturnUnitNotes.MaxLength), (string?)null), ReturnUnitNotes.Check(new string('ż', ReturnUnitNotes.MaxLength)));
        Assert.All(ReturnChecklists.All, list => Assert.InRange(list.Count, 1, ReturnChecklists.MaxChecks));
        Assert.Equal(ReturnChecklists.Default, ReturnChecklists.For("no such category"));
        Assert.Equal(ReturnChecklists.Default, ReturnChecklists.For(null));
        Assert.Equal([1, 4, 0, null, null, null], new[] { "CMD:RET:CHECK-1", "CMD:RET:CHECK-4", "CMD:RET:CHECK-ALL", "CMD:RET:CHECK-5", "CMD:RET:CHECK-+1", "CMD:RET:CHECK-" }
            .Select(ReturnsDeskCheckCommands.Place));
    }

    private PhotoStore Store(ReturnFloor floor, long cap = 200_000) => new(floor.Floor.Dbs, floor.Floor.FloorClock, _photos, cap);

    private static PhotoUpload ReturnPhoto(string rma, int? unit, string order = ReturnFloor.OrderNumber, PhotoPurpose purpose = PhotoPurpose.Return,
        string type = ImageCheck.Png) => new($"desk-{Guid.NewGuid():N}", purpose, order, ReturnFloor.Desk, "operator:1", type, rma, unit);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_photo_at_the_desk_is_kept_with_the_return_and_the_unit_and_shown_on_the_board(DatabaseProvider provider)
    {
        var (floor, rma) = await OpenedAsync(fixture, provider);
        await floor.AtDeskAsync(TestFloor.MugEan);
        var unit = (await UnitsAsync(floor)).Single().Id;

        var stored = Assert.IsType<PhotoOutcome.Stored>(await Store(floor).StoreAsync(ReturnPhoto(rma, unit), new MemoryStream(TestPhotos.Png())));
        var board = await new ReturnsDeskBoard(floor.Floor.Dbs, floor.Floor.FloorClock, Microsoft.Extensions.Options.Options.Create(floor.Floor.StationOptions))
            .LoadAsync(ReturnFloor.Desk);

        Assert.Equal((PhotoPurpose.Return, ReturnFloor.OrderNumber, rma, (int?)unit), (stored.Photo.Purpose, stored.Photo.OrderNumber, stored.Photo.ReturnNumber, stored.Photo.ReturnUnitId));
        Assert.Equal([stored.Photo.Id], board!.Return!.OnDesk!.Photos);
        Assert.Equal(1, board.Return.Units.Single().Photos);
    }

    public static TheoryData<string> BadReturnPhotos => new() { "other order", "no such return", "unit of another return", "unit without return", "return on a QC photo",
        "renamed program", "too large", "wrong type" };

    [Theory]
    [MemberData(nameof(BadReturnPhotos))]
    public async Task A_bad_return_photo_is_refused_in_words_and_nothing_is_stored(string bad)
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var (floor, rma) = await OpenedAsync(fixture, provider);
            await floor.AtDeskAsync(TestFloor.MugEan);
            var unit = (await UnitsAsync(floor)).Single().Id;
            var store = Store(floor, cap: 50_000);
            var (upload, bytes, reason) = bad switch
            {
                "other order" => (ReturnPhoto(rma, unit, order: "WS-1"), TestPhotos.Png(), PhotoRefusal.UnknownReturn),
                "no such return" => (ReturnPhoto(ReturnNumber.From(99_000_009).Value, null), TestPhotos.Png(), PhotoRefusal.UnknownReturn),
                "unit of another return" => (ReturnPhoto(rma, unit + 1000), TestPhotos.Png(), PhotoRefusal.UnknownReturn),
                "unit without return" => (ReturnPhoto("", unit), TestPhotos.Png(), PhotoRefusal.Invalid),
                "return on a QC photo" => (ReturnPhoto(rma, unit, purpose: PhotoPurpose.QcFailure), TestPhotos.Png(), PhotoRefusal.Invalid),
                "renamed program" => (ReturnPhoto(rma, unit, type: ImageCheck.Jpeg), TestPhotos.WindowsProgram(), PhotoRefusal.NotThatImage),
                "too large" => (ReturnPhoto(rma, unit, type: ImageCheck.Jpeg), new byte[50_001], PhotoRefusal.TooLarge),
                _ => (ReturnPhoto(rma, unit, type: ImageCheck.Jpeg), TestPhotos.Png(), PhotoRefusal.NotThatImage),
            };

            var refused = Assert.IsType<PhotoOutcome.Refused>(await store.StoreAsync(upload, new MemoryStream(bytes)));

            Assert.Equal(reason, refused.Reason);
            Assert.False(string.IsNullOrWhiteSpace(refused.Message));
            await using var db = floor.Floor.Dbs.CreateDbContext();
            Assert.Equal(0, await db.Photos.CountAsync());
            Assert.Empty(Directory.EnumerateFiles(_photos));
        }
    }
}
