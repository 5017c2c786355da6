#pragma once

#include "../meta/profile.h"
#include "../modeldata.h"
#include "../types/view.h"

#include <QList>

#include <memory>
#include <utility>

namespace kt {

class Edit;

// The headings of a laid-out view's bands and columns: as the framework documents
// write them, numbered and in capitals ("1. NGƯỜI SỬ DỤNG"), or plain, as the
// profile names the layers. The view setting "headingStyle" chooses ("numbered" or
// "plain"); without it the overall diagram is numbered and other views plain. The
// numbers are the framework's components: a band carved out of a layer (the portal
// services, the LGSP, both part of data and applications) is in capitals unnumbered.
class BandHeadings
{
public:
    static QString setting();
    static bool numbered(const QMap<QString, QString> &settings, ViewKind kind);
    static QString styleName(bool numbered);

    // "3. DỮ LIỆU VÀ ỨNG DỤNG" for (name, 3); the name itself for number 0.
    static QString heading(const QString &name, int number);

    // The labels the view's top-level layer groups take under a style, numbered in
    // reading order (the bands top to bottom, then the columns left to right; in a
    // component architecture every group is a band). Only groups that still carry
    // a heading the layout gave them are listed (a label the user wrote stays, and
    // keeps its number's place), and only when the label changes.
    static QList<std::pair<NodeId, QString>> labels(const Profile &profile, const View &view,
                                                    bool numbered);
    // Gives the view's headings the style its settings choose (labels(), applied).
    static void apply(const Profile &profile, View &view);
    // "Numbered band headings" switched on or off for a view: the setting and the
    // headings it changes, one undoable step.
    static std::unique_ptr<Edit> styleEdit(const ModelData &data, const ViewId &view,
                                           bool numbered);
};

} // namespace kt
