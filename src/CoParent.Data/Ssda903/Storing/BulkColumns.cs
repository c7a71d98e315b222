using CoParent.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NpgsqlTypes;

namespace CoParent.Data.Ssda903.Storing;

/// <summary>
/// The columns of an entity's table as the bulk writer needs them, read from the EF model (every property but a
/// database-generated key), so a new property is written without anyone remembering to add it here.
/// </summary>
internal static class BulkColumns
{
    public static BulkColumn<T>[] For<T>(IModel model)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd) && p.PropertyInfo is not null)
            .Select(p =>
            {
                var info = p.PropertyInfo!;
                var type = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
                Func<T, object?> value = type.IsEnum
                    ? e => info.GetValue(e) is { } v ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : null
                    : e => info.GetValue(e);
                return new BulkColumn<T>(p.GetColumnName(table)!, DbType(type), value);
            })
            .ToArray();
    }

    public static string TableName<T>(IModel model) => model.FindEntityType(typeof(T))!.GetTableName()!;

    private static NpgsqlDbType DbType(Type type) =>
        type == typeof(int) || type.IsEnum ? NpgsqlDbType.Integer
        : type == typeof(long) ? NpgsqlDbType.Bigint
        : type == typeof(string) ? NpgsqlDbType.Text
        : type == typeof(DateOnly) ? NpgsqlDbType.Date
        : type == typeof(TimeOnly) ? NpgsqlDbType.Time
        : type == typeof(DateTime) ? NpgsqlDbType.TimestampTz
        : type == typeof(bool) ? NpgsqlDbType.Boolean
        : type == typeof(Guid) ? NpgsqlDbType.Uuid
        : type == typeof(double) ? NpgsqlDbType.Double
        : type == typeof(byte[]) ? NpgsqlDbType.Bytea
        : throw new NotSupportedException($"No bulk column type for {type.Name}.");
}
