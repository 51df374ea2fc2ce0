using OutreachRouting.Contracts.Rotas;

namespace OutreachRouting.Api.Rotas;

/// <summary>
/// What each role sees of a published rota: managers all of it; a worker only their own shifts (a pair's shift is
/// both workers'), with their own figures and none of the team's unplaced visits.
/// </summary>
public static class RotaPresentation
{
    public static RotaDocument For(RotaDocument rota, ClaimsPrincipal user)
    {
        if (user.CanManage(rota.Team))
            return rota;
        var me = user.WorkerIdOf();
        var mine = rota.Shifts.Where(s => me is not null && s.WorkerIds.Contains(me)).ToList();
        return rota with
        {
            Shifts = mine,
            Unplaced = [],
            Changes = [.. rota.Changes.Where(c => mine.Any(s => s.Id == c.FromShift || s.Id == c.ToShift))],
            Overrides = [],
            Figures = rota.Figures with { Workers = [.. rota.Figures.Workers.Where(w => w.WorkerId == me)] },
        };
    }
}
