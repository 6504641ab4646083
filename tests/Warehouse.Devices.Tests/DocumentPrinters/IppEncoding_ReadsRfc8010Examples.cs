using System.Text;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.Devices.Tests.DocumentPrinters;

/// <summary>
/// The encoder and decoder against the example messages of RFC 8010 Appendix A (A.1 Print-Job request,
/// A.2 its successful response), written out byte by byte as the RFC's tables give them.
/// </summary>
public sealed class IppEncoding_ReadsRfc8010Examples
{
    private static byte[] Attribute(byte tag, string name, byte[] value) =>
        [tag, (byte)(name.Length >> 8), (byte)name.Length, .. Encoding.ASCII.GetBytes(name), (byte)(value.Length >> 8), (byte)value.Length, .. value];

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    // RFC 8010 A.1: Print-Job with job-name "foobar", ipp-attribute-fidelity, copies 20 and sides two-sided-long-edge; "%!PS..." as its data.
    internal static readonly byte[] PrintJobRequest =
    [
        0x01, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01,
        0x01,
        0x47, 0x00, 0x12, .. Ascii("attributes-charset"), 0x00, 0x05, .. Ascii("utf-8"),
        0x48, 0x00, 0x1b, .. Ascii("attributes-natural-language"), 0x00, 0x05, .. Ascii("en-us"),
        0x45, 0x00, 0x0b, .. Ascii("printer-uri"), 0x00, 0x2c, .. Ascii("ipp://printer.example.com/ipp/print/pinetree"),
        0x42, 0x00, 0x08, .. Ascii("job-name"), 0x00, 0x06, .. Ascii("foobar"),
        0x22, 0x00, 0x16, .. Ascii("ipp-attribute-fidelity"), 0x00, 0x01, 0x01,
        0x02,
        0x21, 0x00, 0x06, .. Ascii("copies"), 0x00, 0x04, 0x00, 0x00, 0x00, 0x14,
        0x44, 0x00, 0x05, .. Ascii("sides"), 0x00, 0x13, .. Ascii("two-sided-long-edge"),
        0x03,
        .. Ascii("%!PS..."),
    ];

    // RFC 8010 A.2: the successful answer — job 147, job-uri …/pinetree/147, job-state 3 (pending).
    internal static readonly byte[] PrintJobResponse =
    [
        0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
        0x01,
        0x47, 0x00, 0x12, .. Ascii("attributes-charset"), 0x00, 0x05, .. Ascii("utf-8"),
        0x48, 0x00, 0x1b, .. Ascii("attributes-natural-language"), 0x00, 0x05, .. Ascii("en-us"),
        0x41, 0x00, 0x0e, .. Ascii("status-message"), 0x00, 0x0d, .. Ascii("successful-ok"),
        0x02,
        0x21, 0x00, 0x06, .. Ascii("job-id"), 0x00, 0x04, 0x00, 0x00, 0x00, 0x93,
        0x45, 0x00, 0x07, .. Ascii("job-uri"), 0x00, 0x30, .. Ascii("ipp://printer.example.com/ipp/print/pinetree/147"),
        0x23, 0x00, 0x09, .. Ascii("job-state"), 0x00, 0x04, 0x00, 0x00, 0x00, 0x03,
        0x03,
    ];

    [Fact]
    public void The_print_job_request_of_the_rfc_is_read_attribute_by_attribute_with_its_document_after()
    {
        var (message, dataOffset) = IppEncoding.Read(PrintJobRequest);

        Assert.Equal((1, 1), (message.Major, message.Minor));
        Assert.Equal((short)IppOperation.PrintJob, message.Code);
        Assert.Equal(1, message.RequestId);
        Assert.Equal([IppGroupTag.Operation, IppGroupTag.Job], message.Groups.Select(g => g.Tag));
        Assert.Equal(["attributes-charset", "attributes-natural-language", "printer-uri", "job-name", "ipp-attribute-fidelity"], message.Groups[0].Attributes.Select(a => a.Name));
        Assert.Equal("ipp://printer.example.com/ipp/print/pinetree", message.Find(IppGroupTag.Operation, "printer-uri")!.First.AsText());
        Assert.Equal("foobar", message.Find(IppGroupTag.Operation, "job-name")!.First.AsText());
        Assert.True(message.Find(IppGroupTag.Operation, "ipp-attribute-fidelity")!.First.AsBoolean());
        Assert.Equal(20, message.Find(IppGroupTag.Job, "copies")!.First.AsInteger());
        Assert.Equal("two-sided-long-edge", message.Find(IppGroupTag.Job, "sides")!.First.AsText());
        Assert.Equal("%!PS...", Encoding.ASCII.GetString(PrintJobRequest.AsSpan(dataOffset)));
    }

    [Fact]
    public void The_rfc_request_written_back_is_the_same_bytes()
    {
        var (message, dataOffset) = IppEncoding.Read(PrintJobRequest);

        Assert.Equal(PrintJobRequest, IppEncoding.Write(message, PrintJobRequest.AsSpan(dataOffset)));
    }

    [Fact]
    public void The_successful_print_job_response_of_the_rfc_reports_job_147_pending()
    {
        var (message, _) = IppEncoding.Read(PrintJobResponse);

        Assert.Equal(IppStatus.SuccessfulOk, message.Code);
        Assert.Equal("successful-ok", message.Find(IppGroupTag.Operation, "status-message")!.First.AsText());
        var job = Assert.Single(IppJobStatus.From(message));
        Assert.Equal(147, job.JobId);
        Assert.Equal(IppJobState.Pending, job.State);
        Assert.False(job.IsFinished);
        Assert.Equal("ipp://printer.example.com/ipp/print/pinetree/147", message.Find(IppGroupTag.Job, "job-uri")!.First.AsText());
    }

    [Fact]
    public void The_rfc_response_is_written_from_its_attributes_byte_for_byte()
    {
        var message = new IppMessage(1, 1, IppStatus.SuccessfulOk, 1,
        [
            new IppGroup(IppGroupTag.Operation,
            [
                new IppAttribute("attributes-charset", IppValue.Text(IppValueTag.Charset, "utf-8")),
                new IppAttribute("attributes-natural-language", IppValue.Text(IppValueTag.NaturalLanguage, "en-us")),
                new IppAttribute("status-message", IppValue.Text(IppValueTag.TextWithoutLanguage, "successful-ok")),
            ]),
            new IppGroup(IppGroupTag.Job,
            [
                new IppAttribute("job-id", IppValue.Integer(147)),
                new IppAttribute("job-uri", IppValue.Text(IppValueTag.Uri, "ipp://printer.example.com/ipp/print/pinetree/147")),
                new IppAttribute("job-state", IppValue.Integer(3, IppValueTag.Enum)),
            ]),
        ]);

        Assert.Equal(PrintJobResponse, IppEncoding.Write(message));
    }

    [Fact]
    public void Additional_values_with_an_empty_name_belong_to_the_attribute_before_them()
    {
        var request = IppRequests.GetJobs(7, "ipp://printer.example.com/ipp/print", "warehouse");

        var (read, _) = IppEncoding.Read(IppEncoding.Write(request));

        Assert.Equal(["job-id", "job-name", "job-state", "job-state-reasons", "job-state-message"],
            read.Find(IppGroupTag.Operation, "requested-attributes")!.Values.Select(v => v.AsText()));
        Assert.Equal("all", read.Find(IppGroupTag.Operation, "which-jobs")!.First.AsText());
    }

    [Fact]
    public void Our_print_job_request_opens_with_charset_language_and_printer_uri_and_names_a_pdf()
    {
        var bytes = IppEncoding.Write(IppRequests.PrintJob(9, "ipp://10.0.0.5:631/ipp/print", "00359012345000000013 #41", "warehouse"), "%PDF-1.7"u8);
        var (read, dataOffset) = IppEncoding.Read(bytes);

        Assert.Equal((short)IppOperation.PrintJob, read.Code);
        Assert.Equal(["attributes-charset", "attributes-natural-language", "printer-uri", "requesting-user-name", "job-name", "document-format"], read.Groups[0].Attributes.Select(a => a.Name));
        Assert.Equal(IppValueTag.MimeMediaType, read.Find(IppGroupTag.Operation, "document-format")!.First.Tag);
        Assert.Equal("application/pdf", read.Find(IppGroupTag.Operation, "document-format")!.First.AsText());
        Assert.Equal("00359012345000000013 #41", read.Find(IppGroupTag.Operation, "job-name")!.First.AsText());
        Assert.Equal("%PDF-1.7", Encoding.ASCII.GetString(bytes.AsSpan(dataOffset)));
    }
}
