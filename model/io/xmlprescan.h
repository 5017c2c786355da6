#pragma once

#include <QtGlobal>

namespace kt {

// A scan of the raw bytes of an XML file, before QXmlStreamReader reads it, for
// what the reader would take too long over: QXmlStreamReader checks the
// attributes of a start tag for duplicates pairwise, so an element with 150,000
// attributes hangs it. The scan counts the attributes of each start tag (an '='
// outside quotes) and stops at the first tag with more than
// limits::MaxXmlAttributes. Comments, CDATA sections, processing instructions
// and declarations are passed over. One pass, a few operations per byte.
class XmlPreScan
{
public:
    // Feeds the next bytes; false once a start tag has too many attributes.
    bool feed(const char *data, qsizetype size);
    // The line (from 1) of the start tag with too many attributes.
    qint64 line() const { return m_tagLine; }

private:
    enum class State {
        Text,
        Open, // after '<'
        Bang, // after "<!"
        BangDash, // after "<!-"
        Comment,
        Cdata, // after "<![": a CDATA section (or a conditional section)
        Declaration, // <!DOCTYPE ...>
        Pi, // <? ... ?>
        EndTag,
        StartTag
    };
    State m_state = State::Text;
    char m_quote = 0; // in a start tag: the quote of the value being read
    int m_ends = 0; // how many characters of the closing "-->", "]]>" or "?>" seen
    int m_attributes = 0;
    qint64 m_line = 1;
    qint64 m_tagLine = 0;
};

} // namespace kt
