using System.Net.Sockets;
using System.Text;
using Warehouse.DeviceSimulators.Printers;

namespace Warehouse.Devices.Tests.Printers;

public sealed class ZebraPrinterSimulator_PrintsWhatItReceives
{
    [Fact]
    public async Task Labels_split_across_packets_arrive_whole_and_in_order()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        using var client = new TcpClient();
        await client.ConnectAsync(simulator.Host, simulator.Port, Deadline.In());
        var bytes = Encoding.UTF8.GetBytes("\r\n" + PrinterFixtures.Label(1) + "\r\n" + PrinterFixtures.Label(2) + "\r\n");
        var stream = client.GetStream();
        foreach (var chunk in bytes.Chunk(5)) await stream.WriteAsync(chunk, Deadline.In());

        await simulator.WaitForPrintedAsync(2, Deadline.In());

        Assert.Equal([PrinterFixtures.Label(1), PrinterFixtures.Label(2)], simulator.Printed.Select(l => l.Zpl));
    }

    [Fact]
    public async Task A_status_question_in_the_middle_of_a_label_is_answered_at_once()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        using var client = new TcpClient();
        await client.ConnectAsync(simulator.Host, simulator.Port, Deadline.In());
        var stream = client.GetStream();

        await stream.WriteAsync("^XA^FO10,10~HS"u8.ToArray(), Deadline.In());
        var answer = new byte[512];
        int read = 0;
        while (answer.AsSpan(0, read).Count((byte)3) < 3) read += await stream.ReadAsync(answer.AsMemory(read), Deadline.In());
        await stream.WriteAsync("^FDx^FS^XZ"u8.ToArray(), Deadline.In());
        var label = await simulator.WaitForLabelAsync(1, Deadline.In());

        Assert.Equal("^XA^FO10,10^FDx^FS^XZ", label.Zpl);
    }

    [Fact]
    public async Task Printed_labels_are_saved_to_the_folder()
    {
        string folder = Directory.CreateTempSubdirectory("zebra-sim-").FullName;
        try
        {
            await using var simulator = ZebraPrinterSimulator.Start(labelFolder: folder);
            await using var printer = PrinterFixtures.ClientFor(simulator);

            await printer.SendZplAsync(PrinterFixtures.Label(7), Deadline.In());
            var label = await simulator.WaitForLabelAsync(1, Deadline.In());

            Assert.Equal(PrinterFixtures.Label(7), await File.ReadAllTextAsync(label.SavedTo!));
            Assert.NotNull(label.PrintedAt);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_paper_out_printer_holds_labels_and_prints_them_in_order_when_cleared()
    {
        await using var simulator = ZebraPrinterSimulator.Start();
        await using var printer = PrinterFixtures.ClientFor(simulator);
        simulator.SetPaperOut(true);

        for (int n = 1; n <= 3; n++) await printer.SendZplAsync(PrinterFixtures.Label(n), Deadline.In());
        await printer.GetStatusAsync(Deadline.In()); // answered after the labels: they have all arrived
        Assert.Empty(simulator.Printed);
        Assert.Equal(3, simulator.HeldCount);

        simulator.SetPaperOut(false);

        Assert.Equal([1, 2, 3], simulator.Printed.Select(l => l.Number));
    }
}
