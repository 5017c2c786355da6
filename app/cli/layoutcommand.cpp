#include "layoutcommand.h"
#include "options.h"

#include <model/edit/replaceview.h>
#include <model/export/componentdiagram.h>
#include <model/export/overalldiagram.h>
#include <model/layout/bandheadings.h>
#include <model/layout/overalllayout.h>
#include <model/model.h>
#include <model/modelfile.h>

namespace kt::cli {

using namespace Qt::StringLiterals;

QString LayoutCommand::name() const
{
    return u"layout"_s;
}

QString LayoutCommand::synopsis() const
{
    return u"layout FILE [-o OUT] [--fresh] [--connections none|all] [--headings numbered|plain] [--component ID]"_s;
}

QString LayoutCommand::description() const
{
    return tr("Create or update the overall diagram, or with --component a component "
              "architecture (written to OUT, else back to FILE).");
}

int LayoutCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("Where to write the model."),
                                    u"OUT"_s);
    const QCommandLineOption fresh(u"fresh"_s,
                                   tr("Lay everything out afresh instead of keeping placed nodes."));
    const QCommandLineOption connections(
            u"connections"_s,
            tr("Connections in the overall diagram: none, or all relationships among the "
               "shown elements (default: as the diagram has it, else none)."),
            u"none|all"_s);
    const QCommandLineOption component(
            u"component"_s,
            tr("Create or update the view of a component architecture of the framework "
               "instead (business, data, applications, technology, security in framework 2.0)."),
            u"ID"_s);
    const QCommandLineOption headings(
            u"headings"_s,
            tr("Band headings: numbered in capitals as the framework documents write them, "
               "or plain (default: as the diagram has it, else numbered)."),
            u"numbered|plain"_s);
    parser.addOptions({output, fresh, connections, headings, component});
    if (!parseArguments(parser, *this, arguments, 1, err))
        return Unusable;
    std::optional<OverallConnections> choice;
    if (parser.isSet(connections)) {
        choice = OverallLayout::parseConnections(parser.value(connections));
        if (!choice) {
            err << tr("kientruc layout: --connections: “%1” is neither none nor all.")
                            .arg(parser.value(connections))
                << u'\n';
            return Unusable;
        }
    }
    const QString style = parser.value(headings);
    if (parser.isSet(headings) && style != u"numbered" && style != u"plain") {
        err << tr("kientruc layout: --headings: “%1” is neither numbered nor plain.").arg(style)
            << u'\n';
        return Unusable;
    }
    const QString in = parser.positionalArguments().first();
    const QString target = parser.isSet(output) ? parser.value(output) : in;
    if (ModelFile::formatOf(target) == ModelFile::Format::Unknown) {
        err << tr("kientruc layout: %1: use the extension .ktm or .xml.").arg(target) << u'\n';
        return Unusable;
    }
    Result<ModelData> loaded = ModelFile::load(in);
    if (!loaded) {
        err << u"kientruc layout: "_s << loaded.error() << u'\n';
        return Unusable;
    }
    Model model(std::move(loaded).value());
    if (parser.isSet(component)) {
        if (parser.isSet(connections)) {
            err << tr("kientruc layout: --connections applies to the overall diagram only; a "
                      "component architecture shows all relationships among its elements.")
                << u'\n';
            return Unusable;
        }
        QString error;
        ViewId id;
        const std::unique_ptr<Edit> edit = ComponentDiagram::edit(
                model.data(), parser.value(component), parser.isSet(fresh), &id, &error);
        // The edit's message is about the model: it gets the file's name; the
        // save's names its file itself.
        if (!edit || !model.apply(*edit, &error)) {
            err << u"kientruc layout: "_s << in << u": "_s << error << u'\n';
            return Unusable;
        }
        if (!ModelFile::save(model.data(), target, &error, in)) {
            err << u"kientruc layout: "_s << error << u'\n';
            return Unusable;
        }
        const View *view = model.view(id);
        out << tr("Wrote %1: component architecture “%2” with %n node(s).", nullptr,
                  int(view->nodes.size()))
                        .arg(target, view->name)
            << u'\n';
        return Ok;
    }
    const View *existing = OverallDiagram::find(model.data());
    View built = OverallDiagram::build(model.data(), existing, parser.isSet(fresh), choice);
    if (parser.isSet(headings)) {
        built.settings.insert(BandHeadings::setting(), style);
        BandHeadings::apply(*model.data().profile, built);
    }
    ReplaceView edit(std::move(built), existing ? -1 : 0);
    QString error;
    if (!model.apply(edit, &error)) {
        err << u"kientruc layout: "_s << in << u": "_s << error << u'\n';
        return Unusable;
    }
    if (!ModelFile::save(model.data(), target, &error, in)) {
        err << u"kientruc layout: "_s << error << u'\n';
        return Unusable;
    }
    const View *view = model.view(edit.id());
    out << tr("Wrote %1: overall diagram “%2” with %n node(s).", nullptr, int(view->nodes.size()))
                    .arg(target, view->name)
        << u'\n';
    return Ok;
}

} // namespace kt::cli
