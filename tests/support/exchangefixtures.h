#pragma once

#include <model/modeldata.h>

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <functional>

namespace kt::test {

// A change made to a model before it is written (a column of data-driven tests).
using ModelChange = std::function<void(ModelData &)>;

// The whole file, or empty when it cannot be read.
QByteArray readAll(const QString &path);

// The model as Open Exchange XML, or empty (and the writer's message) when refused.
QByteArray toXml(const ModelData &data, QString *error = nullptr);

// Reads Open Exchange XML as if from a file of that name.
bool fromXml(const QByteArray &xml, ModelData *data, QString *error,
             const QString &name = QStringLiteral("memory.xml"));

} // namespace kt::test

Q_DECLARE_METATYPE(kt::test::ModelChange)
