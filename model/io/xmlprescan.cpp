#include "xmlprescan.h"
#include "../core/limits.h"

#include <algorithm>

namespace kt {

bool XmlPreScan::feed(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n')
            ++m_line;
        switch (m_state) {
        case State::Text:
            if (c == '<')
                m_state = State::Open;
            break;
        case State::Open:
            if (c == '!') {
                m_state = State::Bang;
            } else if (c == '?') {
                m_state = State::Pi;
                m_ends = 0;
            } else if (c == '/') {
                m_state = State::EndTag;
            } else {
                m_state = State::StartTag;
                m_attributes = 0;
                m_quote = 0;
                m_tagLine = m_line;
            }
            break;
        case State::Bang:
            m_ends = 0;
            m_state = c == '-' ? State::BangDash : c == '[' ? State::Cdata : State::Declaration;
            break;
        case State::BangDash:
            m_state = c == '-' ? State::Comment : State::Declaration;
            break;
        case State::Comment: // ends at "-->"
        case State::Cdata: // ends at "]]>"
            if (c == (m_state == State::Comment ? '-' : ']'))
                m_ends = std::min(m_ends + 1, 2);
            else if (c == '>' && m_ends == 2)
                m_state = State::Text;
            else
                m_ends = 0;
            break;
        case State::Pi: // ends at "?>"
            if (c == '>' && m_ends == 1)
                m_state = State::Text;
            else
                m_ends = c == '?' ? 1 : 0;
            break;
        case State::Declaration: // a DTD: the reader refuses it anyway
        case State::EndTag:
            if (c == '>')
                m_state = State::Text;
            break;
        case State::StartTag:
            if (m_quote) {
                if (c == m_quote)
                    m_quote = 0;
            } else if (c == '"' || c == '\'') {
                m_quote = c;
            } else if (c == '=') {
                if (++m_attributes > limits::MaxXmlAttributes)
                    return false;
            } else if (c == '>') {
                m_state = State::Text;
            }
            break;
        }
    }
    return true;
}

} // namespace kt
