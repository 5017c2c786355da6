#pragma once

#include <model/meta/profile.h>

#include <QStandardItemModel>

namespace kt {

// The rows of the palette: one section per layer of the profile (its element
// types, generic ones last) and a section of relationship types. Element types
// are dragged from it as ElementTypeMimeType; the chosen type is highlighted.
class PaletteModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        SearchKeyRole, // both languages' names and the id, as search keys
    };
    enum Kind { LayerSection = 1, ElementTypeRow, RelationshipSection, RelationshipTypeRow };
    Q_ENUM(Kind)

    explicit PaletteModel(QObject *parent = nullptr);

    void setProfile(ProfilePtr profile);
    const ProfilePtr &profile() const { return m_profile; }

    // Highlights the chosen row (kind and id); an empty id highlights none.
    void setChosen(Kind kind, const QString &id);
    QModelIndex indexOf(Kind kind, const QString &id) const;

    static Kind kindOf(const QModelIndex &index);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    QStandardItem *createSection(Kind kind, const QString &id, const QString &name);
    QStandardItem *createElementTypeRow(const ElementType &type, const QString &language);
    QStandardItem *createRelationshipTypeRow(const RelationshipType &type,
                                             const QString &language);

    ProfilePtr m_profile;
    QPersistentModelIndex m_chosen;
};

} // namespace kt
