namespace Warehouse.Core.Notifications;

/// <summary>The receiving side said no to this notice for good (a bad address, a refused number): no retry helps.</summary>
public sealed class NoticeRefused(string reason) : Exception(reason);
