using Microsoft.AspNetCore.Authorization;

namespace CoParent.Web.Features.Scorecard;

/// <summary>The scorecard as an A4 document for the Panel's papers: no navigation, forms or buttons, trend tables open.</summary>
[Authorize(Roles = ScorecardFeature.Readers)]
public sealed class PrintModel(ScorecardFigures figures, TimeProvider clock) : ScorecardPageModel(figures, clock)
{
    protected override bool Print => true;
}
