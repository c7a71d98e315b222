using CoParent.Core.Safety;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    public static Task<MissingEpisode> AddMissingEpisodeAsync(
        CoParentApp app, int childId, DateOnly start, TimeOnly? startTime = null, DateOnly? end = null, TimeOnly? endTime = null, string kind = "M") =>
        app.WithDbAsync(async db =>
        {
            var episode = new MissingEpisode { ChildId = childId, Kind = kind, Start = start, StartTime = startTime, End = end, EndTime = endTime, ReportedToPolice = true };
            db.MissingEpisodes.Add(episode);
            await db.SaveChangesAsync();
            return episode;
        });

    public static Task<List<MissingEpisode>> MissingEpisodesOfAsync(CoParentApp app, int childId) =>
        app.WithDbAsync(db => db.MissingEpisodes.AsNoTracking().Where(m => m.ChildId == childId).OrderBy(m => m.Start).ToListAsync());

    public static Task<List<ExploitationRiskAssessment>> AssessmentsOfAsync(CoParentApp app, int childId) =>
        app.WithDbAsync(db => db.ExploitationRiskAssessments.AsNoTracking().Where(a => a.ChildId == childId).ToListAsync());
}
