using System.Text;
using System.Text.Json.Nodes;
using Warehouse.Core.Shipping.Carriers.Live;
using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Carriers.InPost.Live;

/// <summary>
/// InPost in live mode, through the ShipX REST API: create a shipment, wait (briefly) until InPost has
/// confirmed it — only then is there a tracking number and a label — and fetch the label. ShipX has no
/// idempotency key, so the POST that creates is never retried: its failures are
/// <see cref="CarrierUnavailable"/> and the desk's next call finds the shipment by our reference.
/// Reads and deletes are retried (<see cref="ShipXRegistration"/>).
/// </summary>
public sealed class InPostShipX(IHttpClientFactory clients, string organizationId, ShipXTimings timings, TimeProvider time) : ICarrier
{
    public const string HttpClientName = "INPOST-ShipX";

    public string Code => CarrierCodes.InPost;
    public string Name => "InPost";
    public IReadOnlyList<CarrierService> Services => InPostSandbox.Profile.Services;

    /// <summary>ZPL at 203 dpi for every service, at 300 dpi for lockers; PDF (A6) where ShipX has no ZPL at that resolution.</summary>
    public LabelFormats Labels => LabelFormats.Zpl203 | LabelFormats.Zpl300 | LabelFormats.Pdf;

    public bool PushesEvents => true;

    private string Shipments => $"v1/organizations/{Uri.EscapeDataString(organizationId)}/shipments";

    public Task<Shipment> CreateAsync(ShipmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PostAsync(ShipXRequestBody.For(request), request, "the new shipment", ct);
    }

    /// <summary>
    /// A return is a ShipX shipment like any other — the customer the sender, the warehouse the receiver, our
    /// reference on it — that the customer hands in at any Paczkomat or point (sending_method any_point), so it
    /// goes the same create → confirmed → label way, and <see cref="FindAsync"/> finds it after a lost answer.
    /// </summary>
    public Task<Shipment> CreateReturnAsync(ShipmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PostAsync(ShipXRequestBody.ForReturn(request), request, "the new return shipment", ct);
    }

    private async Task<Shipment> PostAsync(JsonObject body, ShipmentRequest request, string what, CancellationToken ct)
    {
        var answer = await SendAsync(HttpMethod.Post, Shipments, body, what, ct);
        if (!answer.Succeeded) throw ShipXAnswers.Failure(answer.Code, answer.Text, what);
        return await ConfirmedAsync(ShipXAnswers.Shipment(answer.Text, what), request.Reference, request.LabelDpi, ct);
    }

    public async Task<Shipment?> FindAsync(ShipmentLookup lookup, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var reference = lookup.Reference;
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var what = $"the search for reference {reference}";
        var found = (await ListAsync($"{Shipments}?reference={Uri.EscapeDataString(reference)}", what, ct))
            // The list filter is InPost's; the exact match and "not cancelled" are ours.
            .Where(s => s.Reference == reference && s.Status != "canceled")
            .MaxBy(s => s.Id);
        return found is null ? null : await ConfirmedAsync(found, reference, lookup.LabelDpi, ct);
    }

    /// <summary>ShipX cancels only before confirmation ("created" or "offers_prepared"); after it answers invalid_action, a refusal.</summary>
    public async Task CancelAsync(string trackingNumber, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        var what = $"the search for shipment {trackingNumber}";
        var shipment = (await ListAsync($"{Shipments}?tracking_number={Uri.EscapeDataString(trackingNumber)}", what, ct))
            .FirstOrDefault(s => s.TrackingNumber == trackingNumber)
            ?? throw new CarrierRefused($"InPost has no shipment {trackingNumber}.");
        what = $"cancelling shipment {trackingNumber}";
        var answer = await SendAsync(HttpMethod.Delete, $"v1/shipments/{shipment.Id}", null, what, ct);
        if (answer.Succeeded) return;
        var failure = ShipXAnswers.Failure(answer.Code, answer.Text, what);
        if (failure is CarrierRefused && !ShipXStatuses.BeforeConfirmation(shipment.Status))
            throw new CarrierRefused($"InPost shipment {trackingNumber} is {shipment.Status}: InPost cancels only before it confirms a shipment. {failure.Message}");
        throw failure;
    }

    /// <summary>
    /// Locker parcels go into a Paczkomat or to the courier with no call of ours; ordering a courier pickup
    /// (ShipX dispatch orders) is not built, so there is no InPost handover document.
    /// </summary>
    public Task<CarrierHandover> HandOverAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) =>
        Task.FromResult(new CarrierHandover(null, null));

    /// <summary>InPost pushes (webhook); nothing to poll.</summary>
    public Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> trackingNumbers, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CarrierEvent>>([]);

    public IReadOnlyList<CarrierEvent> ReadEvents(string body) => ShipXWebhook.Read(body);

    public Uri TrackingUrl(string trackingNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        return new Uri("https://inpost.pl/sledzenie-przesylek?number=" + Uri.EscapeDataString(trackingNumber));
    }

    /// <summary>Reads the shipment back a few times until InPost confirms it, then fetches its label.</summary>
    private async Task<Shipment> ConfirmedAsync(ShipXShipment shipment, string reference, int dpi, CancellationToken ct)
    {
        for (var poll = 0; !Confirmed(shipment); poll++)
        {
            if (shipment.Status == "canceled") throw new CarrierRefused($"InPost shipment {shipment.Id} for {reference} was cancelled.");
            if (poll >= timings.ConfirmPolls)
                throw new CarrierUnavailable($"InPost made shipment {shipment.Id} for {reference} but has not confirmed it yet ({shipment.Status}); it will be found by its reference.", CarrierProblemCodes.NotConfirmed);
            await Task.Delay(timings.ConfirmPollInterval, time, ct);
            var what = $"shipment {shipment.Id}";
            var answer = await SendAsync(HttpMethod.Get, $"v1/shipments/{shipment.Id}", null, what, ct);
            if (!answer.Succeeded) throw ShipXAnswers.Failure(answer.Code, answer.Text, what);
            shipment = ShipXAnswers.Shipment(answer.Text, what);
        }
        return new Shipment(reference, shipment.TrackingNumber!, await LabelAsync(shipment, dpi, ct), shipment.DropOffCode);
    }

    private static bool Confirmed(ShipXShipment s) =>
        !ShipXStatuses.BeforeConfirmation(s.Status) && s.Status != "canceled" && InPostNumber.Instance.IsValid(s.TrackingNumber);

    /// <summary>
    /// "Shipment label download" (ShipX documentation): format Pdf/Zpl/Epl, type normal/A6/dpi300, dpi300
    /// only for ZPL and locker services. ZPL A6 is the 203 dpi label; a 300 dpi courier label is a PDF.
    /// </summary>
    private async Task<ShipmentLabel> LabelAsync(ShipXShipment shipment, int dpi, CancellationToken ct)
    {
        var zpl = dpi == 203 || dpi == 300 && shipment.Service == ShipXRequestBody.LockerService;
        var query = !zpl ? "format=Pdf&type=A6" : dpi == 300 ? "format=Zpl&type=dpi300" : "format=Zpl&type=A6";
        var what = $"the label of shipment {shipment.TrackingNumber}";
        var answer = await SendAsync(HttpMethod.Get, $"v1/shipments/{shipment.Id}/label?{query}", null, what, ct);
        if (!answer.Succeeded) throw ShipXAnswers.Failure(answer.Code, answer.Text, what);
        return CarrierLabels.Read(answer.Bytes, zpl, dpi) ?? throw new CarrierUnavailable($"InPost's answer to {what} is not a {(zpl ? "ZPL" : "PDF")} label: {ShipXAnswers.Clip(answer.Text)}", CarrierProblemCodes.Garbage);
    }

    private async Task<IReadOnlyList<ShipXShipment>> ListAsync(string path, string what, CancellationToken ct)
    {
        var answer = await SendAsync(HttpMethod.Get, path, null, what, ct);
        if (!answer.Succeeded) throw ShipXAnswers.Failure(answer.Code, answer.Text, what);
        return ShipXAnswers.List(answer.Text, what);
    }

    private async Task<CarrierAnswer> SendAsync(HttpMethod method, string path, JsonObject? json, string what, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(method, path);
        if (json is not null) message.Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
        return await clients.SendAsync(HttpClientName, message, Name, what, timings.Calls, ct);
    }
}
