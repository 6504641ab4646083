using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Web.Auth;

/// <summary>
/// The data protection key ring (what signs the person and station cookies and antiforgery
/// tokens) lives in the warehouse database. Kept in the container, a rebuilt or recreated app
/// would sign every station out; kept per instance, two instances would refuse each other's cookies.
/// </summary>
public static class CookieKeys
{
    public static IHostApplicationBuilder AddCookieKeys(this IHostApplicationBuilder builder)
    {
        // The key ring's repository asks for the DbContext from a scope of its own.
        builder.Services.AddScoped<WarehouseDb>(sp => sp.GetRequiredService<IDbContextFactory<WarehouseDb>>().CreateDbContext());
        builder.Services.AddDataProtection()
            // Not the default (the content root path): the same app in another folder shares the keys.
            .SetApplicationName("Warehouse")
            .PersistKeysToDbContext<WarehouseDb>();
        return builder;
    }
}
