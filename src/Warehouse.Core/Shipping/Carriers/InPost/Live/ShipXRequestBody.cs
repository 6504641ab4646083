using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Warehouse.Core.Shipping.Carriers.InPost.Live;

/// <summary>
/// The body of <c>POST /v1/organizations/:organization_id/shipments</c> ("Creating a shipment in the
/// simplified mode", ShipX documentation): receiver, sender, parcels (a locker template or the
/// dimensions and weight), custom_attributes.target_point for a locker, cod, insurance, reference, service;
/// for a return, custom_attributes.sending_method too.
/// </summary>
internal static partial class ShipXRequestBody
{
    public const string LockerService = "inpost_locker_standard";
    public const string CourierService = "inpost_courier_standard";

    /// <summary>
    /// ShipX's sending method "any point": the sender drops the parcel at any locker or InPost point; the
    /// confirmed shipment then carries custom_attributes.customer_delivering_code, the code that opens a
    /// locker for it (seen on ShipX's sandbox; see <see cref="ShipXShipment.DropOffCode"/>).
    /// </summary>
    public const string AnyPoint = "any_point";

    /// <summary>"ul. Marszałkowska 140 m. 12" → street "ul. Marszałkowska", building "140 m. 12": ShipX wants them apart.</summary>
    [GeneratedRegex(@"^(?<street>.+?)\s+(?<building>\d+[A-Za-z]?(\s*(/|m\.|lok\.)\s*\d+[A-Za-z]?)?)$")]
    private static partial Regex StreetAndBuilding();

    public static string ServiceFor(string serviceCode) => serviceCode.ToUpperInvariant() switch
    {
        InPostSandbox.Locker => LockerService,
        InPostSandbox.Courier => CourierService,
        _ => throw new CarrierRefused($"InPost has no service '{serviceCode}'; it has {InPostSandbox.Locker}, {InPostSandbox.Courier}."),
    };

    /// <summary>A parcel of ours to a customer: the customer (a person) receives, the warehouse (a company) sends.</summary>
    public static JsonObject For(ShipmentRequest request) => Body(request, customerSends: false);

    /// <summary>
    /// A return: the customer (a person) sends, the warehouse (a company) receives, and the customer hands the
    /// parcel in at any Paczkomat or InPost point (<see cref="AnyPoint"/>), so nobody comes to their door.
    /// </summary>
    public static JsonObject ForReturn(ShipmentRequest request)
    {
        var body = Body(request, customerSends: true);
        var attributes = body["custom_attributes"] as JsonObject ?? new JsonObject();
        attributes["sending_method"] = AnyPoint;
        body["custom_attributes"] = attributes;
        return body;
    }

    private static JsonObject Body(ShipmentRequest request, bool customerSends)
    {
        var service = ServiceFor(request.ServiceCode);
        var body = new JsonObject
        {
            ["receiver"] = Party(request.Recipient, person: !customerSends),
            ["sender"] = Party(request.Sender, person: customerSends),
            ["parcels"] = new JsonArray(Parcel(request, service)),
            ["reference"] = request.Reference,
            ["service"] = service,
        };
        if (service == LockerService)
        {
            if (string.IsNullOrWhiteSpace(request.PickupPoint))
                throw new CarrierRefused(customerSends
                    ? "A Paczkomat return needs a locker of ours to go to; returns to our door go by InPost's courier service."
                    : "Paczkomat delivers to a locker: choose the customer's locker first.");
            body["custom_attributes"] = new JsonObject { ["target_point"] = request.PickupPoint };
        }
        if (request.CashOnDeliveryGrosze is { } cod) body["cod"] = Money(cod);
        // ShipX insures courier parcels (required for inpost_courier_standard), and never for less than the cash it collects.
        var insured = Math.Max(request.DeclaredValueGrosze ?? 0, request.CashOnDeliveryGrosze ?? 0);
        if (insured > 0) body["insurance"] = Money(insured);
        return body;
    }

    private static JsonObject Parcel(ShipmentRequest request, string service)
    {
        if (service == LockerService)
        {
            var fit = Lockers.Choose(request.Outer, request.WeightGrams);
            if (fit.Size is not { } size) throw new CarrierRefused(fit.Refusal!);
            // Locker compartments A/B/C are ShipX's templates small/medium/large.
            return new JsonObject { ["template"] = size switch { LockerSize.A => "small", LockerSize.B => "medium", _ => "large" } };
        }
        return new JsonObject
        {
            ["dimensions"] = new JsonObject
            {
                ["length"] = request.Outer.LengthMm,
                ["width"] = request.Outer.WidthMm,
                ["height"] = request.Outer.HeightMm,
                ["unit"] = "mm",
            },
            ["weight"] = new JsonObject { ["amount"] = Math.Round(request.WeightGrams / 1000m, 3), ["unit"] = "kg" },
        };
    }

    private static JsonObject Party(ShipmentParty party, bool person)
    {
        var o = new JsonObject();
        var name = party.Name.Trim();
        var space = name.LastIndexOf(' ');
        if (person && space > 0)
        {
            o["first_name"] = name[..space];
            o["last_name"] = name[(space + 1)..];
        }
        else o["company_name"] = name;
        if (party.Email is { Length: > 0 } email) o["email"] = email;
        if (Phone(party.Phone) is { } phone) o["phone"] = phone;
        var match = StreetAndBuilding().Match(party.Street.Trim());
        o["address"] = new JsonObject
        {
            ["street"] = match.Success ? match.Groups["street"].Value : party.Street.Trim(),
            ["building_number"] = match.Success ? match.Groups["building"].Value : null,
            ["city"] = party.City,
            ["post_code"] = party.PostalCode,
            ["country_code"] = party.CountryCode,
        };
        return o;
    }

    /// <summary>ShipX takes Polish numbers as nine digits: "+48 600 100 200" → "600100200".</summary>
    private static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length == 11 && digits.StartsWith("48", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    private static JsonObject Money(long grosze) => new()
    {
        ["amount"] = decimal.Parse((grosze / 100m).ToString("0.00", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        ["currency"] = "PLN",
    };
}
