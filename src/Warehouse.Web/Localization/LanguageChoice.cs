using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Web.Auth;

namespace Warehouse.Web.Localization;

/// <summary>
/// The PL | EN switch of the account pages: the choice is stored on the person
/// (<c>Operator.Language</c>, which their badge also speaks at a station) and their cookie is
/// issued again with the new <c>lang</c> claim, so the next page is in it.
/// </summary>
public static class LanguageChoice
{
    public const string Path = "/account/language";

    public static WebApplication MapLanguageChoice(this WebApplication app)
    {
        // A form field: antiforgery is checked before this runs.
        app.MapPost(Path, async ([FromForm] string lang, [FromForm] string? returnUrl, HttpContext context, IDbContextFactory<WarehouseDb> dbs) =>
        {
            var signedIn = await context.AuthenticateAsync(FloorSchemes.Person);
            if (signedIn is not { Succeeded: true, Principal: { } person }
                || !int.TryParse(person.FindFirst(FloorSchemes.OperatorIdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return Results.LocalRedirect("/login");

            var language = FloorText.Normalize(lang);
            await using (var db = await dbs.CreateDbContextAsync())
                await db.Operators.Where(o => o.Id == id).ExecuteUpdateAsync(o => o.SetProperty(x => x.Language, language));

            var identity = new ClaimsIdentity(person.Claims.Where(c => c.Type != FloorText.LanguageClaim), FloorSchemes.Person, ClaimTypes.Name, ClaimTypes.Role);
            identity.AddClaim(new Claim(FloorText.LanguageClaim, language));
            await context.SignInAsync(FloorSchemes.Person, new ClaimsPrincipal(identity), signedIn.Properties);
            return Results.LocalRedirect(LocalUrl.Only(returnUrl));
        });
        return app;
    }
}
