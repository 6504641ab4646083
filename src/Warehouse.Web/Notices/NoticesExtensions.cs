using Microsoft.Extensions.Options;
using Warehouse.Core.Notifications;

namespace Warehouse.Web.Notices;

public static class NoticesExtensions
{
    /// <summary>Customer notices (docs/notifications.md): the "Notices" settings, checked at start, and the service that writes and sends them.</summary>
    public static IHostApplicationBuilder AddNotices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NoticeOptions>().BindConfiguration("Notices").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<NoticeOptions>, NoticeOptionsCheck>();
        builder.Services.AddSingleton<NoticeBell>();
        builder.Services.AddSingleton<NoticeBook>();
        builder.Services.AddSingleton<NoticeConsumer>();
        builder.Services.AddSingleton<NoticeDelays>();
        builder.Services.AddSingleton<NoticeLetters>();
        builder.Services.AddSingleton<NoticeMail>();
        // One long-lived client whose connections are renewed (DNS changes reach it); the gateway sets its own timeout.
        builder.Services.AddSingleton<ISmsGateway>(sp => new HttpSmsGateway(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<IOptions<NoticeOptions>>()));
        builder.Services.AddSingleton<NoticeDelivery>();
        builder.Services.AddSingleton<NoticeAdmin>();
        builder.Services.AddHostedService<NoticeService>();
        return builder;
    }
}
