#pragma once

#include <model/core/id.h>

#include <QLatin1StringView>
#include <QList>
#include <QString>

class QMimeData;

namespace kt {

// What panels put on the clipboard of a drag, so that the canvas (or any drop
// target) can read it back without knowing which panel started the drag.

// Element ids of the model, one per line (dragged from the model tree).
inline constexpr QLatin1StringView ElementIdsMimeType("application/x-kientruc-element-ids");
// View ids of the model, one per line (dragged from the model tree onto a folder).
inline constexpr QLatin1StringView ViewIdsMimeType("application/x-kientruc-view-ids");
// One element type id of the profile, UTF-8 (dragged from the palette).
inline constexpr QLatin1StringView ElementTypeMimeType("application/x-kientruc-element-type");

QMimeData *createElementIdsMimeData(const QList<ElementId> &ids);
QList<ElementId> elementIdsFromMimeData(const QMimeData *data);

// Adds view ids to data (made when null); returns data.
QMimeData *addViewIdsMimeData(QMimeData *data, const QList<ViewId> &ids);
QList<ViewId> viewIdsFromMimeData(const QMimeData *data);

QMimeData *createElementTypeMimeData(const QString &typeId);
// The dragged element type id, or an empty string when the data holds none.
QString elementTypeFromMimeData(const QMimeData *data);

} // namespace kt
