#include "palettemodel.h"
#include "dragmimedata.h"
#include "typeicons.h"

#include <model/compose/diagramcomposer.h>
#include <model/core/language.h>
#include <model/core/text.h>

#include <QApplication>
#include <QIcon>
#include <QPalette>

namespace kt {

using namespace Qt::StringLiterals;

namespace {

// What a search may match: the names in both languages and the id, so that an
// English query finds a type on a Vietnamese screen and the reverse.
QString searchKeyOf(const LocalizedText &name, const QString &id)
{
    return searchKey(name.vi) + u'\n' + searchKey(name.en) + u'\n' + searchKey(id);
}

// "Vietnamese name" under an English UI and the reverse.
QString otherLanguageName(const LocalizedText &name, const QString &language)
{
    return language == u"en" ? name.vi : name.en;
}

QString toolTipOf(const LocalizedText &name, const QString &archimateType, const QString &language)
{
    QString tip = u"<b>"_s + name.text(language).toHtmlEscaped() + u"</b>"_s;
    const QString other = otherLanguageName(name, language);
    if (!other.isEmpty())
        tip += u"<br>"_s + other.toHtmlEscaped();
    return tip + u"<br>"_s
            + PaletteModel::tr("ArchiMate type: %1").arg(archimateType).toHtmlEscaped();
}

} // namespace

PaletteModel::PaletteModel(QObject *parent) : QStandardItemModel(parent)
{
    setColumnCount(1);
}

PaletteModel::Kind PaletteModel::kindOf(const QModelIndex &index)
{
    return Kind(index.data(KindRole).toInt());
}

QStandardItem *PaletteModel::createSection(Kind kind, const QString &id, const QString &name)
{
    auto *item = new QStandardItem(name);
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(int(kind), KindRole);
    item->setData(id, IdRole);
    item->setData(searchKey(name), SearchKeyRole);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

QStandardItem *PaletteModel::createElementTypeRow(const ElementType &type, const QString &language)
{
    auto *item = new QStandardItem(elementTypeIcon(type), type.name.text(language));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
    item->setData(int(ElementTypeRow), KindRole);
    item->setData(type.id, IdRole);
    item->setData(searchKeyOf(type.name, type.id), SearchKeyRole);
    item->setToolTip(toolTipOf(type.name, type.archimateType, language));
    return item;
}

QStandardItem *PaletteModel::createRelationshipTypeRow(const RelationshipType &type,
                                                       const QString &language)
{
    auto *item = new QStandardItem(relationshipTypeIcon(type), type.name.text(language));
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(int(RelationshipTypeRow), KindRole);
    item->setData(type.id, IdRole);
    item->setData(searchKeyOf(type.name, type.id), SearchKeyRole);
    item->setToolTip(toolTipOf(type.name, type.archimateType, language));
    return item;
}

void PaletteModel::setProfile(ProfilePtr profile)
{
    m_profile = std::move(profile);
    m_chosen = QPersistentModelIndex();
    clear();
    setColumnCount(1);
    if (!m_profile)
        return;
    const QString language = uiLanguage();
    for (const Layer &layer : m_profile->layers()) {
        QStandardItem *section = createSection(LayerSection, layer.id, layer.name.text(language));
        section->setIcon(colorSwatch(layer.color));
        // Profile order within the layer, the generic "other ..." type last.
        for (bool generic : {false, true})
            for (const ElementType &type : m_profile->elementTypes())
                if (type.layer == layer.id && type.generic == generic)
                    section->appendRow(createElementTypeRow(type, language));
        appendRow(section);
    }
    // Shapes of the diagram alone, not of the model: placed and dragged as the
    // element types are.
    QStandardItem *shapes = createSection(LayerSection, {}, tr("Diagram"));
    const auto shape = [&](const QString &id, const QString &name, const QString &tip,
                           const QString &icon) {
        // Drawn with the action icons (resources/actions), which the program carries.
        auto *item = new QStandardItem(QIcon(u":/kientruc/actions/"_s + icon + u".svg"_s), name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
        item->setData(int(ElementTypeRow), KindRole);
        item->setData(id, IdRole);
        item->setData(QString(searchKey(name) + u'\n' + searchKey(id)), SearchKeyRole);
        item->setToolTip(tip);
        shapes->appendRow(item);
    };
    shape(GroupShapeId, tr("Group"), tr("A frame that holds shapes: they move with it."),
          u"shape-group"_s);
    shape(NoteShapeId, tr("Note"),
          tr("Free text on the diagram, attached to shapes by plain lines (Connect)."),
          u"shape-note"_s);
    shape(LegendShapeId, tr("Legend"),
          tr("Lists the lifecycle states, security levels and lines that the diagram shows."),
          u"shape-legend"_s);
    shape(TitleBlockShapeId, tr("Title block"),
          tr("The model's name, version, approving decision and the figure's caption."),
          u"shape-title-block"_s);
    appendRow(shapes);
    QStandardItem *relationships = createSection(RelationshipSection, {}, tr("Relationships"));
    for (bool generic : {false, true})
        for (const RelationshipType &type : m_profile->relationshipTypes())
            if (type.generic == generic)
                relationships->appendRow(createRelationshipTypeRow(type, language));
    appendRow(relationships);
}

QModelIndex PaletteModel::indexOf(Kind kind, const QString &id) const
{
    for (int section = 0; section < rowCount(); ++section) {
        const QStandardItem *parent = item(section);
        for (int row = 0; row < parent->rowCount(); ++row) {
            const QStandardItem *child = parent->child(row);
            if (child->data(KindRole).toInt() == kind && child->data(IdRole).toString() == id)
                return child->index();
        }
    }
    return {};
}

void PaletteModel::setChosen(Kind kind, const QString &id)
{
    const QModelIndex old = m_chosen;
    m_chosen = id.isEmpty() ? QPersistentModelIndex() : QPersistentModelIndex(indexOf(kind, id));
    if (old.isValid())
        Q_EMIT dataChanged(old, old);
    if (m_chosen.isValid())
        Q_EMIT dataChanged(m_chosen, m_chosen);
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    // The chosen type looks selected; the view itself selects nothing, so that
    // pressing a row to drag it does not choose it.
    if (index.isValid() && index == m_chosen) {
        if (role == Qt::BackgroundRole)
            return QApplication::palette().brush(QPalette::Highlight);
        if (role == Qt::ForegroundRole)
            return QApplication::palette().brush(QPalette::HighlightedText);
    }
    return QStandardItemModel::data(index, role);
}

QStringList PaletteModel::mimeTypes() const
{
    return {ElementTypeMimeType};
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes)
        if (kindOf(index) == ElementTypeRow)
            return createElementTypeMimeData(index.data(IdRole).toString());
    return nullptr;
}

} // namespace kt
