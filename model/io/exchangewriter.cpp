#include "exchangewriter.h"
#include "exchangeoutput.h"
#include "../core/filechecks.h"

#include <QIODevice>
#include <QSaveFile>

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
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            problem = file.errorString();
        } else {
            problem = ExchangeOutput(data, identifiers, &file).write();
            if (!problem.isEmpty())
                file.cancelWriting();
            else if (!file.commit())
                problem = file.errorString();
        }
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
