namespace Warehouse.Core.Catalog.Import;

/// <summary>
/// What is wrong with catalog input (a CSV file, a SKU sent to the API, a carton from its page), as
/// codes with arguments: the admin pages show them in the reader's language, the API in English
/// (texts in Web's Localization/CatalogProblemTexts).
/// </summary>
public static class CatalogCodes
{
    // Text from outside: {0} the character's number (U+0007).
    public const string ControlCharacter = "catalog.problem.control_character";
    public const string Formula = "catalog.problem.formula";
    public const string PrinterCommands = "catalog.problem.printer_commands";

    // Numbers in cells: {0} the cell as shown.
    public const string NumberTooLong = "catalog.problem.number_too_long";
    public const string NotANumber = "catalog.problem.not_a_number";

    // The file as a whole.
    public const string WideUnicode = "catalog.problem.wide_unicode";
    public const string Binary = "catalog.problem.binary";
    public const string StrayQuote = "catalog.problem.stray_quote";
    public const string TextAfterQuote = "catalog.problem.text_after_quote";
    public const string UnclosedQuote = "catalog.problem.unclosed_quote";
    public const string FileTooLarge = "catalog.problem.file_too_large";       // {0} MB, {1} the limit in MB
    public const string FileEmpty = "catalog.problem.file_empty";             // {0} a header line
    public const string TooManyRows = "catalog.problem.too_many_rows";        // {0} the limit
    public const string NoRows = "catalog.problem.no_rows";
    public const string MoreProblems = "catalog.problem.more_problems";       // {0} how many more

    // The header line.
    public const string UnnamedColumn = "catalog.problem.unnamed_column";
    public const string UnknownColumn = "catalog.problem.unknown_column";     // {0} the name, {1} the columns
    public const string UnsafeColumn = "catalog.problem.unsafe_column";       // {0} the columns
    public const string ColumnTwice = "catalog.problem.column_twice";
    public const string MissingColumn = "catalog.problem.missing_column";
    public const string MissingMeasure = "catalog.problem.missing_measure";   // {0} the other unit's column
    public const string OneUnitOnly = "catalog.problem.one_unit_only";

    // A row or one SKU.
    public const string ExtraCells = "catalog.problem.extra_cells";           // {0} cells, {1} columns
    public const string CellTooLong = "catalog.problem.cell_too_long";        // {0} the limit
    public const string FragileValue = "catalog.problem.fragile_value";
    public const string Required = "catalog.problem.required";
    public const string SkuFormat = "catalog.problem.sku_format";
    public const string NameTooLong = "catalog.problem.name_too_long";        // {0} the limit, {1} the length
    public const string GtinRounded = "catalog.problem.gtin_rounded";
    public const string GtinCheckDigit = "catalog.problem.gtin_check_digit";  // {0} the GTIN as shown
    public const string GtinFormat = "catalog.problem.gtin_format";
    public const string OutOfRange = "catalog.problem.out_of_range";          // {0} min, {1} max, {2} unit, {3} the value
    public const string CategoryTooLong = "catalog.problem.category_too_long"; // {0} the limit
    public const string SkuTwice = "catalog.problem.sku_twice";               // {0} SKU, {1} its first line
    public const string GtinTwice = "catalog.problem.gtin_twice";             // {0} the line with the same GTIN
    public const string GtinTaken = "catalog.problem.gtin_taken";             // {0} the SKU that has it
    public const string NothingToImport = "catalog.problem.nothing_to_import";
    public const string ImportRaced = "catalog.problem.import_raced";

    // Cartons.
    public const string CartonCodeFormat = "cartons.problem.code_format";
    public const string CartonNameLength = "cartons.problem.name_length";
    public const string CartonOuterSmaller = "cartons.problem.outer_smaller";
    public const string CartonLoadUnderTare = "cartons.problem.load_under_tare";
    public const string CartonSideRequired = "cartons.problem.side_required";
    public const string CartonSideRange = "cartons.problem.side_range";        // {0} the largest side in mm
    public const string CartonGramsRequired = "cartons.problem.grams_required";
    public const string CartonGramsRange = "cartons.problem.grams_range";      // {0} min, {1} max
    public const string CartonExists = "cartons.problem.exists";               // {0} code
    public const string CartonUnknown = "cartons.problem.unknown";             // {0} code as shown
    public const string CartonCodeFixed = "cartons.problem.code_fixed";
    public const string CartonAddedMeanwhile = "cartons.problem.added_meanwhile"; // {0} code
}
