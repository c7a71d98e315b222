using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation;

/// <summary>
/// One DfE validation rule: its code and message as the DfE publishes them
/// (shared/reference/ssda903-rules-YYYY-YY.tsv) and the check. Most rules look at one child at a time
/// (<see cref="Check"/>); the few that compare children with each other override <see cref="CheckReturn"/>.
/// A rule is a small, pure class: no database, no web, no clock; everything it needs is in the context.
/// </summary>
public abstract class Rule
{
    public abstract string Code { get; }

    public abstract string Message { get; }

    /// <summary>The tables the rule reads. When one was not supplied the rule cannot run, and the report says so.</summary>
    public abstract IReadOnlyList<ReturnTable> Tables { get; }

    /// <summary>The first collection year (by its end year) whose rule list has this rule.</summary>
    public virtual int FirstYear => 2026;

    /// <summary>The last collection year whose rule list has this rule; null while it is current.</summary>
    public virtual int? LastYear => null;

    /// <summary>True when the rule compares with last year's return; it cannot run without it.</summary>
    public virtual bool UsesPreviousYear => false;

    /// <summary>True when the rule needs Ofsted's provider lists; it cannot run without them.</summary>
    public virtual bool UsesProviders => false;

    public bool AppliesTo(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);

    public virtual void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
    }

    public virtual void CheckReturn(RuleContext context, ErrorSink errors)
    {
    }

    public override string ToString() => Code;
}

/// <summary>The fields a flagged row failed on, named as the DfE names them (SEX, DECOM…).</summary>
public sealed record ValidationError(string Rule, ReturnTable Table, int Row, string Child, IReadOnlyList<string> Fields);

/// <summary>Collects the rows a rule flags. One sink per thread; the validator merges them.</summary>
public sealed class ErrorSink
{
    private readonly List<ValidationError> _errors = [];

    internal Rule? Current { get; set; }

    public IReadOnlyList<ValidationError> Errors => _errors;

    public void Flag(ReturnRow row, params string[] fields) =>
        _errors.Add(new ValidationError(Current?.Code ?? "", row.Table, row.Row, row.Child, fields));

    /// <summary>Flags every row in a list, for rules that fail a child's rows in a table together.</summary>
    public void FlagAll(IEnumerable<ReturnRow> rows, params string[] fields)
    {
        foreach (var row in rows) Flag(row, fields);
    }
}

/// <summary>Ofsted's provider lists (URN, provider type, postcode, registration dates), when they have been loaded.</summary>
public interface IOfstedProviders
{
    OfstedProvider? Find(string urn);
}

public sealed record OfstedProvider(string Urn, string ProviderType, string? Postcode, DateOnly? RegisteredOn, DateOnly? ClosedOn, string? LocalAuthority = null, string? Sector = null);

/// <summary>Everything a rule may know besides the child's rows: the year, the council, last year's return and Ofsted's lists.</summary>
public sealed class RuleContext(Ssda903Return current, string councilCode)
{
    public Ssda903Return Current { get; } = current;

    public CollectionYear Year => Current.Year;

    /// <summary>1 April at the start of the collection year.</summary>
    public DateOnly Start => Year.Start;

    /// <summary>31 March at the end of the collection year.</summary>
    public DateOnly End => Year.End;

    /// <summary>The submitting council's upper-tier LA code (E10000012 for Essex), for PL_LA comparisons.</summary>
    public string CouncilCode { get; } = councilCode;

    public Ssda903Return? Previous { get; init; }

    public IOfstedProviders? Providers { get; init; }

    /// <summary>This child's rows in last year's return, when it is held and the child is in it.</summary>
    public ChildReturn? LastYear(ChildReturn child) => Previous?.Child(child.Child);
}
