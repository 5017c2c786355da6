#include "exchangewriter.h"
#include "exchangeoutput.h"
#include "../core/filechecks.h"

#include <QIODevice>
#include <QBuffer>

namespace kt {

using namespace Qt::StringLiterals;

bool ExchangeWriter::write(const ModelData &data, QIODevice *device)
{
    m_error.clear();
    QSet<QString> identifiers;
    QString problem = ExchangeOutput::check(data, &identifiers);
    if (problem.isEmpty())
        problem = ExchangeOutput(data, identifiers, device).write();
    if (problem.isEmpty())
        return true;
    m_error = tr("Cannot write the exchange file: %1.").arg(problem);
    return false;
}

bool ExchangeWriter::writeFile(const ModelData &data, const QString &path)
{
    m_error.clear();
    QSet<QString> identifiers;
    QString problem = ExchangeOutput::check(data, &identifiers);
    if (!problem.isEmpty()) {
        // The model is at fault, not the file: the message names the object.
        m_error = tr("The model cannot be written to %1: %2.").arg(path, problem);
        return false;
    }
    if (problem = outputFileProblem(path); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    {
        // Made in memory, then written with every write checked (saveWhole): the
        // buffer of a QFileDevice loses the error of a short write, and a full disk
        // left the file cut short.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        problem = ExchangeOutput(data, identifiers, &buffer).write();
        if (problem.isEmpty())
            problem = saveWhole(path, buffer.data());
    }
    if (problem.isEmpty())
        return true;
    m_error = tr("Cannot write %1: %2.").arg(path, problem);
    return false;
}

QString ExchangeWriter::errorString() const
{
    return m_error;
}

} // namespace kt
