#include "inventorycsv.h"
#include "archicsv.h"
#include "../core/filechecks.h"

#include <QDir>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace kt {

using namespace Qt::StringLiterals;

// The component an element type belongs to (the first that covers it), or -1.
static qsizetype componentOf(const Profile &profile, const QString &typeId)
{
    const ElementType *type = profile.elementType(typeId);
    if (!type)
        return -1;
    const QList<ComponentArchitecture> &components = profile.components();
    for (qsizetype i = 0; i < components.size(); ++i)
        if (const ComponentArchitecture &c = components.at(i);
            c.elementTypes.contains(type->id) || c.layers.contains(type->layer)
            || (!type->band.isEmpty() && c.bands.contains(type->layer + u'/' + type->band)))
            return i;
    return -1;
}

QList<InventoryCsv::File> InventoryCsv::compose(const ModelData &data, const QString &language)
{
    QList<File> files;
    if (!data.profile)
        return files;
    const Profile &profile = *data.profile;
    const qsizetype count = profile.components().size();
    // Elements by component; the last list is "other".
    QList<QList<const Element *>> groups(count + 1);
    for (const Element &element : data.elements) {
        const qsizetype index = componentOf(profile, element.type);
        groups[index < 0 ? count : index].append(&element);
    }
    for (qsizetype g = 0; g <= count; ++g) {
        const QList<const Element *> &elements = groups.at(g);
        if (elements.isEmpty())
            continue;
        // The framework's properties these elements have, in the framework's order.
        QStringList keys;
        for (const PropertyDefinition &definition : profile.properties()) {
            if (definition.key == u"archimateType")
                continue;
            for (const Element *element : elements) {
                if (element->properties.contains(definition.key)) {
                    keys.append(definition.key);
                    break;
                }
            }
        }
        QStringList header = {tr("ID"), tr("Name"), tr("Type")};
        for (const QString &key : std::as_const(keys))
            header.append(profile.property(key)->name.text(language));
        header.append(tr("Documentation"));
        File file;
        file.name = (g < count ? profile.components().at(g).id : u"other"_s) + u".csv"_s;
        file.text = csv::formatRow(header);
        for (const Element *element : elements) {
            const ElementType *type = profile.elementType(element->type);
            QStringList row = {element->id.toString(), element->name,
                               type ? type->name.text(language) : element->type};
            for (const QString &key : std::as_const(keys)) {
                const QString value = element->properties.value(key);
                row.append(value.isEmpty() ? QString()
                                           : profile.displayValue(key, value, language));
            }
            row.append(element->documentation);
            file.text += csv::formatRow(row);
        }
        file.rows = elements.size();
        files.append(std::move(file));
    }
    return files;
}

bool InventoryCsv::writeFolder(const ModelData &data, const QString &folder,
                               const QString &language, QList<File> *written)
{
    m_error.clear();
    const QString shown = QDir::toNativeSeparators(folder);
    if (!data.profile) {
        m_error = tr("Cannot write the inventory into %1: the model has no framework.").arg(shown);
        return false;
    }
    if (!QDir().mkpath(folder)) {
        m_error = tr("Cannot write the inventory into %1: the folder cannot be made.").arg(shown);
        return false;
    }
    const QList<File> files = compose(data, language);
    const QDir dir(folder);
    std::vector<std::unique_ptr<QSaveFile>> open;
    for (const File &f : files) {
        // As the Archi CSV writer: a read-only file said so, every write checked.
        QString reason = outputFileProblem(dir.filePath(f.name));
        if (!reason.isEmpty()) {
            m_error = reason;
        } else {
            auto file = std::make_unique<QSaveFile>(dir.filePath(f.name));
            reason = openForSaving(*file);
            if (reason.isEmpty())
                reason = writeChecked(*file, csv::Bom + f.text.toUtf8());
            if (reason.isEmpty()) {
                open.push_back(std::move(file));
                continue;
            }
            file->cancelWriting();
            m_error = tr("Cannot write %1: %2.")
                              .arg(QDir::toNativeSeparators(file->fileName()), reason);
        }
        for (auto &done : open)
            done->cancelWriting();
        return false;
    }
    for (auto &file : open) {
        if (!file->commit()) {
            m_error = tr("Cannot write %1: %2.")
                              .arg(QDir::toNativeSeparators(file->fileName()), file->errorString());
            return false;
        }
    }
    if (written)
        *written = files;
    return true;
}

} // namespace kt
