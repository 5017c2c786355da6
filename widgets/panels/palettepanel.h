#pragma once

#include <model/meta/profile.h>

#include <QWidget>

class QLineEdit;
class QModelIndex;

namespace kt {

class PaletteModel;
class PaletteView;
class SearchFilterModel;

// The palette dock: the element types of the framework by layer and the
// relationship types. A click chooses the type the canvas places next (a second
// click on it un-chooses it); a drag drops one element of the type.
class PalettePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(QWidget *parent = nullptr);

    void setProfile(kt::ProfilePtr profile);

    QString chosenElementType() const { return m_elementType; }
    QString chosenRelationshipType() const { return m_relationshipType; }

    PaletteView *view() const { return m_view; }
    PaletteModel *paletteModel() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }

public Q_SLOTS:
    // Forgets the choice without emitting anything (the caller, e.g. the canvas
    // after placing an element, already knows).
    void clearChoice();

Q_SIGNALS:
    void elementTypeChosen(const QString &typeId); // empty when un-chosen
    void relationshipTypeChosen(const QString &typeId); // empty when un-chosen

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rowClicked(const QModelIndex &proxyIndex);
    void filterChanged(const QString &text);

    QLineEdit *m_filter;
    PaletteView *m_view;
    PaletteModel *m_model;
    SearchFilterModel *m_proxy;
    QString m_elementType;
    QString m_relationshipType;
};

} // namespace kt
