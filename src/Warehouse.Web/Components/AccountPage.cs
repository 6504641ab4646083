using Microsoft.AspNetCore.Components;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Components;

/// <summary>
/// A page rendered on the server for one request (no circuit): it speaks the signed-in person's
/// language (the <c>lang</c> claim), Polish for anyone else.
/// </summary>
public abstract class AccountPage : ComponentBase
{
    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;

    protected virtual Texts T => Texts.For(HttpContext?.User);
}
