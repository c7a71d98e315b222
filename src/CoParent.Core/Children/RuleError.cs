namespace CoParent.Core.Children;

/// <summary>A broken rule: the field it is about (a property name of the record) and a message a person reads.</summary>
public sealed record RuleError(string Field, string Message);
