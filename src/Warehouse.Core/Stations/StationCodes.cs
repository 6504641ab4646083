namespace Warehouse.Core.Stations;

/// <summary>Message codes the pipeline answers with at every station kind; texts live with the web edge's translations.</summary>
public static class StationCodes
{
    public const string ScanEmpty = "scan.empty";
    public const string ScanTooLong = "scan.too_long";
    public const string ScanControlCharacters = "scan.control_chars";
    public const string ScanKeyboardLayout = "scan.keyboard_layout";
    public const string ScanUnknown = "scan.unknown_code";

    public const string SignInFirst = "station.sign_in_first";
    public const string SignedIn = "station.signed_in";
    public const string SignedInElsewhere = "station.signed_in_elsewhere";
    public const string ScaleCommandSent = "scale.command_sent";
    public const string SignedOut = "station.signed_out";
    public const string IdleSignedOut = "station.idle_signed_out";
    public const string OtherOperatorSignedIn = "station.other_operator";

    public const string NotSupervisor = "approval.not_supervisor";
    public const string AwaitingSupervisor = "approval.awaiting";
    public const string PinAsked = "approval.pin_asked";
    public const string NoPin = "approval.no_pin";
    public const string WrongPin = "approval.wrong_pin";
    public const string PinWait = "approval.pin_wait";
    public const string PinMalformed = "approval.pin_malformed";
    public const string BadgeFirst = "approval.badge_first";
    public const string NothingToApprove = "approval.nothing";
    public const string NextSupervisorPin = "next.supervisor_pin";

    public const string NextSignIn = "next.sign_in";
}
