using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using Warehouse.Core.Returns.Refunds;

namespace Warehouse.Core.Notifications;

/// <summary>
/// Writes a notice in the customer's language: HTML for a phone (one column at most 600 px wide,
/// inline styles, no image needed — the logo is optional and the shop's name is written anyway),
/// a plain-text alternative and an SMS. Every value from the order is HTML-encoded.
/// </summary>
public static class NoticeTemplates
{
    public static RenderedNotice Render(NoticeLetter letter)
    {
        var t = NoticeTexts.For(letter.Language);
        var brand = letter.Brand.DisplayName;
        string Say(string code, params object?[] args) => string.Format(CultureInfo.InvariantCulture, t[code], args);

        var subject = OneLine(Say($"subject.{letter.Kind}", letter.OrderNumber, brand));
        var name = string.IsNullOrWhiteSpace(letter.CustomerName) ? null : OneLine(letter.CustomerName);
        var greeting = name is null ? t["greeting.anonymous"] : Say("greeting", name);
        var lead = Say($"lead.{letter.Kind}", letter.OrderNumber, brand);
        var footer = Say("footer", letter.OrderNumber, brand);

        var returnLines = ReturnLines(letter, t);
        var text = new StringBuilder()
            .AppendLine(greeting).AppendLine()
            .AppendLine(lead);
        foreach (var line in returnLines) text.AppendLine(line);
        if (letter.TrackingLink is { } link)
        {
            text.AppendLine().AppendLine($"{t["track"]}: {link}");
            if (letter.TrackingNumber is { } number) text.AppendLine(Say("tracking_number", number));
        }
        if (letter.ReturnsLink is { } returns) text.AppendLine().AppendLine($"{t[ReturnsLinkCode(letter.Kind)]}: {returns}");
        if (letter.Recommendations.Count > 0)
        {
            text.AppendLine().AppendLine(t["also_like"] + ":");
            foreach (var product in letter.Recommendations) text.AppendLine("- " + OneLine(product));
        }
        text.AppendLine().AppendLine("-- ").AppendLine(footer);

        var sms = Say($"sms.{letter.Kind}", letter.OrderNumber, brand) + (letter.TrackingLink is { } smsLink ? " " + smsLink : "");
        return new RenderedNotice(subject, Html(letter, t, subject, greeting, lead, returnLines, footer), text.ToString(), sms);
    }

    /// <summary>A return's number and, for the acknowledgement, the date and time it was declared (shop time, to the second).</summary>
    private static List<string> ReturnLines(NoticeLetter letter, IReadOnlyDictionary<string, string> t)
    {
        var lines = new List<string>();
        if (letter.ReturnNumber is not { } number) return lines;
        var culture = CultureInfo.GetCultureInfo(NoticeTexts.LanguageOf(letter.Language) == NoticeTexts.Polish ? "pl-PL" : "en-GB");
        lines.Add(string.Format(CultureInfo.InvariantCulture, t["return_number"], number));
        if (letter.DeclaredLocal is { } at && letter.Refund is null)
            lines.Add(string.Format(CultureInfo.InvariantCulture, t["declared_at"], at.ToString("d MMMM yyyy, HH:mm:ss", culture)));
        if (letter.Refund is { } refund)
        {
            var amount = Money(refund.AmountMinor, refund.Currency, culture);
            var code = letter.Kind == NoticeKind.Refunded ? "refund.paid" : "refund." + refund.Decision;
            lines.Add(string.Format(culture, t[code], amount));
            if (refund.Reason is { } reason && refund.Decision != RefundDecision.Full)
                lines.Add(string.Format(CultureInfo.InvariantCulture, t["refund.reason"], t["refund.reason." + reason]));
        }
        return lines;
    }

    /// <summary>A return's notices lead to its status; shipped and delivered to the portal's form.</summary>
    private static string ReturnsLinkCode(NoticeKind kind) => NoticeReturnsLink.IsAboutAReturn(kind) ? "returns_link.status" : "returns_link.start";

    /// <summary>Grosze as the customer reads money: "12,50 zł" in Polish, "PLN 12.50" in English.</summary>
    public static string Money(long minor, string currency, CultureInfo culture)
    {
        var value = (minor / 100m).ToString("N2", culture);
        return culture.TwoLetterISOLanguageName == "pl" && currency == "PLN" ? value + " zł" : $"{currency} {value}";
    }

    private static string Html(NoticeLetter letter, IReadOnlyDictionary<string, string> t, string subject, string greeting, string lead, IReadOnlyList<string> returnLines, string footer)
    {
        var colour = letter.Brand.Colour; // #RRGGBB, checked at start: safe inside a style
        var ink = ReadableOn(colour);
        var h = new StringBuilder();
        h.Append($"<!DOCTYPE html><html lang=\"{NoticeTexts.LanguageOf(letter.Language)}\"><head><meta charset=\"utf-8\">")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .Append($"<title>{E(subject)}</title></head>")
         .Append("<body style=\"margin:0;padding:0;background:#f4f4f4;\">")
         .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f4f4;\"><tr><td align=\"center\" style=\"padding:12px;\">")
         .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#222222;\">")
         .Append($"<tr><td style=\"background:{colour};color:{ink};padding:16px 24px;font-size:20px;font-weight:bold;\">");
        if (letter.Brand.LogoUrl is { } logo)
            h.Append($"<img src=\"{E(logo)}\" alt=\"\" height=\"32\" style=\"height:32px;vertical-align:middle;margin-right:12px;border:0;\">");
        h.Append(E(letter.Brand.DisplayName)).Append("</td></tr>")
         .Append("<tr><td style=\"padding:24px;\">")
         .Append($"<p style=\"margin:0 0 16px 0;\">{E(greeting)}</p>")
         .Append($"<p style=\"margin:0 0 16px 0;\">{E(lead)}</p>");
        foreach (var line in returnLines) h.Append($"<p style=\"margin:0 0 16px 0;font-weight:bold;\">{E(line)}</p>");
        if (letter.TrackingLink is { } link)
        {
            h.Append($"<p style=\"margin:0 0 16px 0;\"><a href=\"{E(link)}\" style=\"display:inline-block;background:{colour};color:{ink};text-decoration:none;padding:12px 20px;border-radius:4px;font-weight:bold;\">{E(t["track"])}</a></p>");
            if (letter.TrackingNumber is { } number)
                h.Append($"<p style=\"margin:0 0 16px 0;font-size:14px;color:#555555;\">{E(string.Format(CultureInfo.InvariantCulture, t["tracking_number"], number))}</p>");
        }
        if (letter.ReturnsLink is { } returns)
            h.Append($"<p data-block=\"returns-link\" style=\"margin:0 0 16px 0;\"><a href=\"{E(returns)}\" style=\"color:#222222;\">{E(t[ReturnsLinkCode(letter.Kind)])}</a></p>");
        h.Append("</td></tr>");
        if (letter.Recommendations.Count > 0)
        {
            h.Append("<tr><td data-block=\"also-like\" style=\"padding:0 24px 24px 24px;\">")
             .Append($"<p style=\"margin:0 0 8px 0;font-weight:bold;\">{E(t["also_like"])}</p><ul style=\"margin:0;padding-left:20px;\">");
            foreach (var product in letter.Recommendations) h.Append($"<li>{E(product)}</li>");
            h.Append("</ul></td></tr>");
        }
        h.Append($"<tr><td style=\"padding:16px 24px;font-size:13px;color:#666666;border-top:1px solid #eeeeee;\">{E(footer)}</td></tr>")
         .Append("</table></td></tr></table></body></html>");
        return h.ToString();
    }

    /// <summary>Encodes what HTML treats as markup (&lt; &gt; &amp; quotes) and leaves Polish letters readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string value) => Encoder.Encode(value);

    /// <summary>Names and numbers from a shop are one line in a header, a greeting or an SMS.</summary>
    public static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Black or white, whichever reads better on the brand's colour.</summary>
    internal static string ReadableOn(string colour)
    {
        var rgb = Convert.FromHexString(colour.AsSpan(1));
        var luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        return luminance > 150 ? "#000000" : "#ffffff";
    }
}
