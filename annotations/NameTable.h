#pragma once

#include <QString>
#include <cstddef>
#include <optional>

namespace coachtrack::annotations {

// One value of an enum and the word that stands for it in a file, a command line or a sheet.
template<typename Enum>
struct Named
{
    Enum value;
    const char* name; // Latin-1
};

// The word for `value` in `table` ("" when the table lacks it). Pure.
template<typename Enum, std::size_t N>
QString nameIn(const Named<Enum> (&table)[N], Enum value)
{
    for (const Named<Enum>& entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    return {};
}

// The value `name` stands for in `table`, or nullopt. Pure.
template<typename Enum, std::size_t N>
std::optional<Enum> valueIn(const Named<Enum> (&table)[N], const QString& name,
                            Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const Named<Enum>& entry : table)
        if (name.compare(QLatin1String(entry.name), cs) == 0)
            return entry.value;
    return std::nullopt;
}

} // namespace coachtrack::annotations
