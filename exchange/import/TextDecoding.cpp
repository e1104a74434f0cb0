#include "exchange/import/TextDecoding.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <optional>

namespace coachtrack::exchange {

namespace {

// Windows-1252's 0x80–0x9F (Qt's built-in codecs have Latin-1 there, not 1252); undefined
// bytes become U+FFFD.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b)));
    }
    return out;
}

// UTF-16 without a BOM: text in a Latin script has a zero in every other byte.
std::optional<QStringConverter::Encoding> bomlessUtf16(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 512);
    if (n < 4)
        return std::nullopt;
    int evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const int pairs = int(n / 2);
    if (oddZeros * 10 >= pairs * 9 && evenZeros == 0)
        return QStringConverter::Utf16LE;
    if (evenZeros * 10 >= pairs * 9 && oddZeros == 0)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

QString decodeTranscriptText(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringConverter::Utf16LE).decode(bytes.mid(2));
    if (bytes.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringConverter::Utf16BE).decode(bytes.mid(2));
    if (auto utf16 = bomlessUtf16(bytes))
        return QStringDecoder(*utf16).decode(bytes);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(bytes);
}

std::expected<QByteArray, QString> readImportFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return std::unexpected(QStringLiteral("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("%1: %2").arg(path, file.errorString()));
    constexpr qint64 kLargest = 64 << 20; // a 10-hour transcript, ELAN's largest sample: a few MB
    if (file.size() > kLargest)
        return std::unexpected(QStringLiteral("%1: too large for %2 (%3 MB)")
                                   .arg(QFileInfo(path).fileName(), what)
                                   .arg(file.size() >> 20));
    return file.readAll();
}

QString withUnixLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace coachtrack::exchange
