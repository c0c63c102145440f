#include "services/Channel.h"

using namespace Qt::StringLiterals;

namespace ruqsat::core {

QString channelName(Channel channel) {
    switch (channel) {
    case Channel::StateCorporation:
        return u"state_corporation"_s;
    case Channel::Portal:
        return u"portal"_s;
    }
    return {};
}

std::optional<Channel> channelFromName(const QString& name) {
    if (name == channelName(Channel::StateCorporation))
        return Channel::StateCorporation;
    if (name == channelName(Channel::Portal))
        return Channel::Portal;
    return std::nullopt;
}

} // namespace ruqsat::core
