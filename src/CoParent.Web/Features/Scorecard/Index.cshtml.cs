using Microsoft.AspNetCore.Authorization;

namespace CoParent.Web.Features.Scorecard;

/// <summary>
/// The Corporate Parenting Panel's scorecard: every measure placed in the strategy, with its trend, target and
/// rating, how England and our statistical neighbours compare, and the delivery actions meant to move it.
/// </summary>
[Authorize(Roles = ScorecardFeature.Readers)]
public sealed class IndexModel(ScorecardFigures figures, TimeProvider clock) : ScorecardPageModel(figures, clock)
{
    protected override bool Print => false;
}
