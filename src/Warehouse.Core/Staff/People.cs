using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Staff;

/// <summary>A person as the people page sends them: every field still as typed.</summary>
public sealed record NewPerson(string? Badge, string? Name, Role Role, string? Language, string? Password);

/// <summary>What a change to a person came to: done, or why not (a code the page translates).</summary>
public sealed record PersonAnswer(bool Done, FloorMessage Message, int? OperatorId = null)
{
    public static PersonAnswer No(FloorMessage message) => new(false, message);
}

/// <summary>
/// The people admin's changes. Each is one transaction with its audit event and its fact; a change
/// that ends someone's sessions gives them a new security stamp. The last active admin can neither
/// be deactivated nor lose the Admin role: nobody could then add people or keys again.
/// </summary>
public sealed class People(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public async Task<PersonAnswer> AddAsync(NewPerson input, int adminId, CancellationToken ct = default)
    {
        var badge = PersonRules.NormaliseBadge(input.Badge);
        var language = string.IsNullOrWhiteSpace(input.Language) ? "pl" : input.Language.Trim();
        var problem = PersonRules.BadgeProblem(badge) ?? PersonRules.NameProblem(input.Name)
            ?? PersonRules.LanguageProblem(language) ?? PersonRules.PasswordProblem(input.Password, badge)
            ?? (Enum.IsDefined(input.Role) ? null : new FloorMessage("people.role_unknown"));
        if (problem is not null) return PersonAnswer.No(problem);

        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Operators.AnyAsync(o => o.Badge == badge, ct)) return PersonAnswer.No(new FloorMessage("people.badge_taken", badge));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var person = new Operator
        {
            Badge = badge, Name = input.Name!.Trim(), Role = input.Role, Language = language,
            PasswordHash = string.IsNullOrEmpty(input.Password) ? null : Secrets.HashPassword(input.Password),
        };
        db.Operators.Add(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin took the badge between the look and the insert: the unique index said no.
            return PersonAnswer.No(new FloorMessage("people.badge_taken", badge));
        }
        Audit(db, "person.added", person.Id, adminId, PersonChange.Added, false);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new PersonAnswer(true, new FloorMessage("people.added", person.Badge), person.Id);
    }

    public Task<PersonAnswer> ChangeRoleAsync(int operatorId, Role role, int adminId, CancellationToken ct = default) =>
        Enum.IsDefined(role)
            ? ChangeAsync(operatorId, adminId, PersonChange.RoleChanged, p => { p.Role = role; return null; }, ct)
            : Task.FromResult(PersonAnswer.No(new FloorMessage("people.role_unknown")));

    public Task<PersonAnswer> ResetPasswordAsync(int operatorId, string? password, int adminId, CancellationToken ct = default) =>
        ChangeAsync(operatorId, adminId, PersonChange.PasswordReset, p =>
        {
            if (string.IsNullOrEmpty(password)) return new FloorMessage("people.password_required");
            if (PersonRules.PasswordProblem(password, p.Badge) is { } problem) return problem;
            p.PasswordHash = Secrets.HashPassword(password);
            return null;
        }, ct);

    /// <summary>The approval PIN a supervisor or admin types at a station after the badge; a new one forgets earlier wrong tries.</summary>
    public Task<PersonAnswer> SetPinAsync(int operatorId, string? pin, int adminId, CancellationToken ct = default) =>
        ChangeAsync(operatorId, adminId, PersonChange.PinSet, p =>
        {
            if (!p.Role.CanApprove()) return new FloorMessage("people.pin_not_approver", p.Badge);
            if (SupervisorPins.Problem(pin) is { } problem) return problem;
            p.PinHash = SupervisorPins.Hash(pin!);
            p.PinFailures = 0;
            p.PinRetryAfterUtc = null;
            return null;
        }, ct);

    public Task<PersonAnswer> DeactivateAsync(int operatorId, int adminId, CancellationToken ct = default) =>
        ChangeAsync(operatorId, adminId, PersonChange.Deactivated, p => { p.Active = false; return null; }, ct);

    public Task<PersonAnswer> ReactivateAsync(int operatorId, int adminId, CancellationToken ct = default) =>
        ChangeAsync(operatorId, adminId, PersonChange.Reactivated, p => { p.Active = true; return null; }, ct);

    /// <summary>Sign-out: the person's stamp changes, so this cookie, any copy of it and every open page of theirs end.</summary>
    public async Task SignOutEverywhereAsync(int operatorId, CancellationToken ct = default) =>
        await ChangeAsync(operatorId, null, PersonChange.SignedOut, _ => null, ct);

    private async Task<PersonAnswer> ChangeAsync(int operatorId, int? adminId, PersonChange change, Func<Operator, FloorMessage?> apply, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var person = await db.Operators.FirstOrDefaultAsync(o => o.Id == operatorId, ct);
        if (person is null) return PersonAnswer.No(new FloorMessage("people.unknown"));
        if (apply(person) is { } problem) return PersonAnswer.No(problem);
        person.EndSessions();
        Audit(db, "person." + Kind(change), person.Id, adminId, change, true);
        // Written first, counted after: on PostgreSQL the fact's lock makes a second admin change
        // wait for this one's commit, so two admins demoting each other cannot both pass the count.
        await db.SaveChangesAsync(ct);
        if (change is PersonChange.RoleChanged or PersonChange.Deactivated
            && !await db.Operators.AnyAsync(o => o.Role == Role.Admin && o.Active, ct))
        {
            await tx.RollbackAsync(ct);
            return PersonAnswer.No(new FloorMessage("people.last_admin"));
        }
        await tx.CommitAsync(ct);
        return new PersonAnswer(true, new FloorMessage("people." + Kind(change), person.Badge), person.Id);
    }

    private void Audit(WarehouseDb db, string kind, int operatorId, int? adminId, PersonChange change, bool sessionsEnded)
    {
        var now = clock.UtcNow;
        // The person changed is the subject; who changed them is in the fact (the audit row holds one operator).
        db.AuditEvents.Add(new AuditEvent { Kind = kind, AtUtc = now, OperatorId = adminId ?? operatorId, Scanned = operatorId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        db.Record(new PersonChanged(now, operatorId, change, adminId, sessionsEnded));
    }

    private static string Kind(PersonChange change) => change switch
    {
        PersonChange.Added => "added",
        PersonChange.RoleChanged => "role_changed",
        PersonChange.PasswordReset => "password_reset",
        PersonChange.Deactivated => "deactivated",
        PersonChange.Reactivated => "reactivated",
        PersonChange.PinSet => "pin_set",
        _ => "signed_out",
    };
}
