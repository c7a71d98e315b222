using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>PACE accommodation (J2) lasts no more than 21 days.</summary>
public sealed class Rule364 : Rule
{
    public override string Code => "364";
    public override string Message => "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagLongLegalStatusSpells(child, "J2", 21, context, errors);
    }
}
