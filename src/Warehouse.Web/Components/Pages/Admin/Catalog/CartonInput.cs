using System.Globalization;
using Warehouse.Core.Catalog;

namespace Warehouse.Web.Components.Pages.Admin.Catalog;

/// <summary>The cartons form as typed: text boxes, read into whole millimetres and grams by <see cref="CartonDraft"/>.</summary>
public sealed class CartonInput
{
    public string? Editing { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? InnerLength { get; set; }
    public string? InnerWidth { get; set; }
    public string? InnerHeight { get; set; }
    public string? OuterLength { get; set; }
    public string? OuterWidth { get; set; }
    public string? OuterHeight { get; set; }
    public string? Tare { get; set; }
    public string? MaxLoad { get; set; }
    public bool Active { get; set; } = true;

    public static CartonInput From(CartonType c) => new()
    {
        Editing = c.Code, Code = c.Code, Name = c.Name,
        InnerLength = N(c.Inner.LengthMm), InnerWidth = N(c.Inner.WidthMm), InnerHeight = N(c.Inner.HeightMm),
        OuterLength = N(c.Outer.LengthMm), OuterWidth = N(c.Outer.WidthMm), OuterHeight = N(c.Outer.HeightMm),
        Tare = N(c.TareGrams), MaxLoad = N(c.MaxLoadGrams), Active = c.Active,
    };

    /// <summary>The fields for the draft's checks, and the names of boxes that held no whole number.</summary>
    public (CartonDraft.Fields Fields, List<string> NotNumbers) ToFields()
    {
        var notNumbers = new List<string>();
        long? Whole(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (text.Trim().Length <= 9 && long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
            notNumbers.Add(field);
            return null;
        }
        var fields = new CartonDraft.Fields(Code, Name,
            Whole("inner_length", InnerLength), Whole("inner_width", InnerWidth), Whole("inner_height", InnerHeight),
            Whole("outer_length", OuterLength), Whole("outer_width", OuterWidth), Whole("outer_height", OuterHeight),
            Whole("tare", Tare), Whole("max_load", MaxLoad), Active);
        return (fields, notNumbers);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
