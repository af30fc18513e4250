// SPDX-License-Identifier: EUPL-1.2
#include "batch.h"

#include "jsonreader.h"

#include <boost/json/serialize.hpp>

namespace vigil {

namespace json = boost::json;

Bytes encodeBatch(std::span<const ByteView> envelopes)
{
    ByteWriter w;
    w.bytes(kBatchMagic);
    w.u16(static_cast<std::uint16_t>(envelopes.size()));
    for (auto e : envelopes) {
        w.u32(static_cast<std::uint32_t>(e.size()));
        w.bytes(e);
    }
    return w.take();
}

Result<std::vector<ByteView>> decodeBatch(ByteView batch, std::size_t maxEnvelopes, std::size_t maxEnvelopeBytes)
{
    ByteReader r(batch, "batch");
    auto magic = r.bytes(4, "magic");
    if (!magic)
        return magic.error();
    if (!std::equal(magic->begin(), magic->end(), std::begin(kBatchMagic)))
        return Error{"batch: not a Vigil envelope batch of version 1"};
    auto count = r.u16("count");
    if (!count)
        return count.error();
    if (*count == 0 || *count > maxEnvelopes)
        return r.error("count", std::to_string(*count) + " envelopes; a batch holds 1 to " + std::to_string(maxEnvelopes));
    std::vector<ByteView> out;
    out.reserve(*count);
    for (std::size_t i = 0; i < *count; ++i) {
        auto len = r.u32("length");
        if (!len)
            return len.error();
        if (*len > maxEnvelopeBytes)
            return r.error("length", "envelope " + std::to_string(i) + " is " + std::to_string(*len)
                                         + " bytes, the limit is " + std::to_string(maxEnvelopeBytes));
        auto bytes = r.bytes(*len, "envelope");
        if (!bytes)
            return bytes.error();
        out.push_back(*bytes);
    }
    if (auto end = r.expectEnd(); !end)
        return end.error();
    return out;
}

std::string encodeIngestResults(std::span<const IngestResult> results)
{
    json::array a;
    for (const auto& r : results) {
        json::object o;
        o.emplace("status", enumName(r.status));
        if (r.reportId)
            o.emplace("report_id", toHex(*r.reportId));
        if (!r.receipt.empty())
            o.emplace("receipt", toBase64Url(r.receipt));
        if (!r.reason.empty())
            o.emplace("reason", r.reason);
        a.emplace_back(std::move(o));
    }
    json::object top;
    top.emplace("results", std::move(a));
    return json::serialize(top);
}

Result<std::vector<IngestResult>> decodeIngestResults(std::string_view text, std::size_t maxResults)
{
    auto object = parseJsonObject(text, "ingest response", maxResults * 2048 + 1024);
    if (!object)
        return object.error();
    JsonReader r(*object, "response");
    std::vector<IngestResult> out;
    for (auto& e : r.objects("results", maxResults, Need::Required)) {
        IngestResult res;
        res.status = e.choice("status", IngestStatus::Invalid);
        if (e.has("report_id")) {
            auto id = fixedFromHex<16>(e.text("report_id", 32));
            if (!id)
                e.fail("report_id", id.error().message);
            else
                res.reportId = *id;
        }
        if (e.has("receipt")) {
            auto receipt = fromBase64Url(e.text("receipt", 4096));
            if (!receipt)
                e.fail("receipt", receipt.error().message);
            else
                res.receipt = std::move(*receipt);
        }
        res.reason = e.text("reason", 1024, Need::Optional);
        e.close();
        out.push_back(std::move(res));
    }
    if (auto s = r.finish(); !s)
        return s.error();
    return out;
}

} // namespace vigil
