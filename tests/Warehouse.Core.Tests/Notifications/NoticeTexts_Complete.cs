using System.Text.RegularExpressions;
using Warehouse.Core.Notifications;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>Every notice kind has a subject, a lead and an SMS in both languages, with the same placeholders.</summary>
public sealed partial class NoticeTexts_Complete
{
    [Fact]
    public void Both_languages_have_the_same_codes_and_placeholders()
    {
        Assert.Equal(NoticeTexts.Pl.Keys.Order(), NoticeTexts.En.Keys.Order());
        Assert.All(NoticeTexts.Pl, pl => Assert.Equal(Placeholders(pl.Value), Placeholders(NoticeTexts.En[pl.Key])));
    }

    [Fact]
    public void Every_kind_has_its_subject_lead_and_SMS()
    {
        foreach (var kind in Enum.GetValues<NoticeKind>())
            foreach (var part in new[] { "subject", "lead", "sms" })
                Assert.True(NoticeTexts.Pl.ContainsKey($"{part}.{kind}"), $"{part}.{kind} is missing");
    }

    [Theory]
    [InlineData("pl", "pl")]
    [InlineData("PL", "pl")]
    [InlineData("en", "en")]
    [InlineData("de", "en")]
    [InlineData(null, "en")]
    public void Polish_for_pl_and_English_for_anything_else(string? language, string written) =>
        Assert.Equal(written, NoticeTexts.LanguageOf(language));

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
