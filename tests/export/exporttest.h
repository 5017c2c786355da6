#pragma once

// Helpers of the export tests: example models, external tools (xmllint,
// rsvg-convert, pdftotext, pdffonts, pdftoppm from install-deps), image
// comparison with a tolerance and golden files (UPDATE_GOLDEN=1 rewrites them).
#include <support/samplemodel.h>

#include <model/modelfile.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace kt::test {

inline QString example(const QString &name)
{
    return QStringLiteral(KT_SOURCE_DIR "/resources/examples/") + name;
}

inline ModelData loadExample(const QString &name)
{
    const Result<ModelData> model = ModelFile::load(example(name));
    if (!model)
        qFatal("cannot load the example %s", qPrintable(name));
    return model.value();
}

inline QString goldenPath(const QString &name)
{
    return QStringLiteral(KT_TEST_DATA_DIR "/export/") + name;
}

inline bool updatingGolden()
{
    return qEnvironmentVariableIntValue("UPDATE_GOLDEN") == 1;
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a tool that install-deps installs; fails the test's expectations (exit
// code -1) when it is missing rather than skipping silently.
inline ToolRun runTool(const QString &program, const QStringList &arguments)
{
    ToolRun run;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        run.err = program.toUtf8() + " is not installed (scripts/install-deps.sh)";
        return run;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

struct ImageDifference
{
    bool sameSize = false;
    double differing = 1; // fraction of pixels off by more than the tolerance
    double meanError = 255; // mean absolute difference per channel
};

// Compares two images composed on white, channel by channel.
inline ImageDifference compareImages(const QImage &a, const QImage &b, int tolerance)
{
    ImageDifference d;
    if (a.size() != b.size() || a.isNull())
        return d;
    d.sameSize = true;
    const auto onWhite = [](const QImage &image) {
        QImage white(image.size(), QImage::Format_RGB32);
        white.fill(Qt::white);
        QPainter p(&white);
        p.drawImage(0, 0, image);
        return white;
    };
    const QImage x = onWhite(a);
    const QImage y = onWhite(b);
    qint64 off = 0;
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int column = 0; column < x.width(); ++column) {
            const int dr = std::abs(qRed(p[column]) - qRed(q[column]));
            const int dg = std::abs(qGreen(p[column]) - qGreen(q[column]));
            const int db = std::abs(qBlue(p[column]) - qBlue(q[column]));
            sum += dr + dg + db;
            if (std::max({dr, dg, db}) > tolerance)
                ++off;
        }
    }
    const double pixels = double(x.width()) * x.height();
    d.differing = off / pixels;
    d.meanError = sum / (3 * pixels);
    return d;
}

// Compares an image with its golden file (or writes it with UPDATE_GOLDEN=1).
inline bool matchesGoldenImage(const QImage &actual, const QString &name, double maxDiffering,
                               QString *problem)
{
    const QString path = goldenPath(name);
    if (updatingGolden()) {
        if (!actual.save(path, "PNG")) {
            *problem = QStringLiteral("cannot write ") + path;
            return false;
        }
        return true;
    }
    const QImage golden(path);
    if (golden.isNull()) {
        *problem = QStringLiteral("no golden file ") + path + QStringLiteral(" (run with UPDATE_GOLDEN=1)");
        return false;
    }
    const ImageDifference d = compareImages(actual, golden, 48);
    if (!d.sameSize || d.differing > maxDiffering) {
        *problem = QStringLiteral("%1: %2 x %3 against %4 x %5, %6% of pixels differ")
                           .arg(name)
                           .arg(actual.width())
                           .arg(actual.height())
                           .arg(golden.width())
                           .arg(golden.height())
                           .arg(d.differing * 100, 0, 'f', 2);
        actual.save(path + QStringLiteral(".actual.png"), "PNG");
        return false;
    }
    return true;
}

// An SVG with numbers rounded to one decimal, so that golden files survive
// last-digit differences of floating point.
inline QString normalisedSvg(const QByteArray &svg)
{
    QString text = QString::fromUtf8(svg);
    static const QRegularExpression number(QStringLiteral("-?\\d+\\.\\d+"));
    QString result;
    qsizetype last = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(text).mid(last, m.capturedStart() - last);
        const double value = m.captured().toDouble();
        result += QString::number(std::round(value * 10) / 10, 'f', 1);
        last = m.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace kt::test
