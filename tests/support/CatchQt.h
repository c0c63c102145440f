#pragma once

#include <catch2/catch.hpp>

#include <QLatin1String>
#include <QString>

#include <string>

// Readable failures: Catch prints Qt strings as text.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QLatin1String> {
    static std::string convert(const QLatin1String& value) {
        return '"' + std::string(value.data(), value.size()) + '"';
    }
};
} // namespace Catch
