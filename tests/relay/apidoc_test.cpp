// SPDX-License-Identifier: EUPL-1.2
// Checks the examples in docs/api.md against a running relay: every documented response
// (```http response:<id>) is produced by a scenario here, and status, content type, headers
// and the shape of its JSON body must match. A scenario without a documented example, or an
// example without a scenario, fails too, so the document and the relay cannot drift apart.
#include "sync-server/relayroutes.h"

#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"

#include "sync-server/cachestore.h"
#include "sync-server/envelopestore.h"

#include "shared/directory.h"
#include "tests/support/testdata.h"

#include <boost/json/parse.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <future>
#include <map>
#include <sstream>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;
using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

struct DocMessage {
    std::string firstLine;
    HeaderList headers;
    std::string body;
};

/// The ```http blocks of docs/api.md, by kind ("request" / "response") and id.
std::map<std::string, DocMessage> readApiDoc(std::string_view kind)
{
    std::ifstream in(std::string(VIGIL_DOCS_DIR) + "/api.md");
    REQUIRE(in);
    std::map<std::string, DocMessage> out;
    std::string line;
    const std::string opener = "```http " + std::string(kind) + ":";
    while (std::getline(in, line)) {
        if (!line.starts_with(opener))
            continue;
        const std::string id = line.substr(opener.size());
        DocMessage m;
        bool inBody = false;
        while (std::getline(in, line) && line != "```") {
            if (m.firstLine.empty()) {
                m.firstLine = line;
            } else if (!inBody && line.empty()) {
                inBody = true;
            } else if (inBody) {
                m.body += line + "\n";
            } else {
                const auto colon = line.find(':');
                REQUIRE(colon != std::string::npos);
                m.headers.emplace_back(line.substr(0, colon), line.substr(colon + 2));
            }
        }
        REQUIRE_FALSE(out.count(id));
        out.emplace(id, std::move(m));
    }
    return out;
}

bool isNumber(const json::value& v)
{
    return v.is_int64() || v.is_uint64() || v.is_double();
}

/// Same keys at every level, same value types, same "status" values; arrays element-wise
/// when the lengths agree, otherwise every actual element against the first documented one.
void compareShape(const json::value& doc, const json::value& actual, const std::string& path)
{
    INFO("at " << path);
    if (isNumber(doc)) {
        CHECK(isNumber(actual));
        return;
    }
    REQUIRE(doc.kind() == actual.kind());
    if (doc.is_object()) {
        const auto& d = doc.as_object();
        const auto& a = actual.as_object();
        for (const auto& kv : d) {
            CHECK(a.contains(kv.key()));
            if (!a.contains(kv.key()))
                continue;
            if (kv.key() == "status")
                CHECK(kv.value() == a.at(kv.key()));
            compareShape(kv.value(), a.at(kv.key()), path + "." + std::string(kv.key()));
        }
        for (const auto& kv : a)
            CHECK(d.contains(kv.key()));
    } else if (doc.is_array()) {
        const auto& d = doc.as_array();
        const auto& a = actual.as_array();
        if (d.empty())
            return;
        for (std::size_t i = 0; i < a.size(); ++i)
            compareShape(d.size() == a.size() ? d[i] : d[0], a[i], path + "[" + std::to_string(i) + "]");
        if (d.size() == a.size())
            return;
        CHECK(!a.empty());
    }
}

/// A raw HTTP answer read from a socket, as an HttpResponse.
HttpResponse parseWire(const std::string& text)
{
    HttpResponse r;
    const auto end = text.find("\r\n\r\n");
    REQUIRE(end != std::string::npos);
    std::istringstream head(text.substr(0, end));
    std::string line;
    std::getline(head, line);
    r.status = static_cast<unsigned>(std::stoi(line.substr(9, 3)));
    while (std::getline(head, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const auto colon = line.find(':');
        r.headers.emplace_back(line.substr(0, colon), line.substr(colon + 2));
    }
    r.contentType = std::string(r.header("Content-Type"));
    r.body = text.substr(end + 4);
    return r;
}

void compareWithDoc(const std::string& id, const DocMessage& doc, const HttpResponse& actual)
{
    INFO("docs/api.md response:" << id << "\nactual body: " << actual.body);
    const unsigned status = static_cast<unsigned>(std::stoi(doc.firstLine.substr(9, 3)));
    CHECK(actual.status == status);
    for (const auto& [name, value] : doc.headers) {
        INFO("header " << name);
        if (name == "ETag") {
            CHECK(actual.header(name).size() == value.size());
        } else if (name == "Content-Type") {
            CHECK(actual.contentType == value);
        } else {
            CHECK(actual.header(name) == value);
        }
    }
    if (doc.headers.empty() || findHeader(doc.headers, "Content-Type").empty())
        CHECK(actual.body.empty());
    if (findHeader(doc.headers, "Content-Type") == "application/json") {
        const json::value documented = json::parse(doc.body);
        const json::value real = json::parse(actual.body);
        compareShape(documented, real, "$");
    } else if (findHeader(doc.headers, "Content-Type").starts_with("text/plain")) {
        // Every documented metric is exposed (its name and labels).
        std::istringstream lines(doc.body);
        std::string line;
        while (std::getline(lines, line)) {
            if (line.empty())
                continue;
            const std::string series = line.substr(0, line.rfind(' ') + 1);
            CHECK(actual.body.find("\n" + series) != std::string::npos);
        }
    }
}

/// Writes feed items into a relay's cache, as the cache poller would.
void seedFeed(RelayServer& relay, Feed feed, std::vector<FeedItem> items, std::int64_t cursor)
{
    std::promise<Status> done;
    WriteTask task;
    task.apply = [feed, items = std::move(items), cursor](SqliteDb& db) {
        return saveFeedItems(db, feed, items, cursor, 1'800'000'000);
    };
    task.done = [&done](Status s) { done.set_value(std::move(s)); };
    relay.store().submitWrite(std::move(task));
    REQUIRE(done.get_future().get().ok());
}

HttpRequest documentedRequest(const std::map<std::string, DocMessage>& requests, const std::string& id)
{
    auto it = requests.find(id);
    REQUIRE(it != requests.end());
    std::istringstream first(it->second.firstLine);
    HttpRequest r;
    std::string version;
    first >> r.method >> r.target >> version;
    CHECK(version == "HTTP/1.1");
    for (const auto& [name, value] : it->second.headers)
        if (name != "Host" && name != "Content-Length")
            r.headers.emplace_back(name, value);
    return r;
}

} // namespace

TEST_CASE("every example in docs/api.md matches what the relay answers", "[apidoc]")
{
    const auto requests = readApiDoc("request");
    const auto responses = readApiDoc("response");
    REQUIRE(responses.size() >= 14);
    std::map<std::string, HttpResponse> actual;

    TempDir dir;
    LogCapture log;
    const Bytes directory = signDirectory(vigil::test::sampleDirectory(static_cast<std::uint64_t>(std::time(nullptr)) - 60),
                                          vigil::test::rootKey());
    {
        std::ofstream out(dir.path() / "directory.vgd", std::ios::binary);
        out.write(reinterpret_cast<const char*>(directory.data()), static_cast<std::streamsize>(directory.size()));
    }
    RelayConfig config = testConfig(dir.path() / "relay");
    config.directoryFile = dir.path() / "directory.vgd";
    config.rootKey = vigil::test::rootKey().publicKey;
    config.uploads.maxChunkBytes = 4u * 1024 * 1024;   // the last PATCH sends the rest at once
    auto relay = startRelay(config, log.logger());
    Client client(urlOf(relay->port()));

    // POST /v1/envelopes: stored, duplicate, conflict, invalid in one answer.
    const Bytes known = sealedEnvelope();
    Bytes altered = known;
    altered.back() ^= 1;
    ingestResults(client.postBatch(std::vector<Bytes>{known}));
    HttpRequest post = documentedRequest(requests, "post-envelopes");
    CHECK(post.method == "POST");
    CHECK(post.header("Content-Type") == kBatchContentType);
    {
        std::vector<Bytes> batch = {sealedEnvelope(), known, altered, toBytes("junk")};
        std::vector<ByteView> views(batch.begin(), batch.end());
        post.body = toString(encodeBatch(views));
        actual["post-envelopes-200"] = client.send(post).value();
    }
    post.body = toString(encodeBatch(std::vector<ByteView>{}));
    actual["post-envelopes-400"] = client.send(post).value();
    {
        HttpRequest wrongType = post;
        wrongType.headers = {{"Content-Type", "application/octet-stream"}};
        actual["post-envelopes-415"] = client.send(wrongType).value();
    }
    {
        RawConnection raw(relay->port());
        raw.send("POST /v1/envelopes HTTP/1.1\r\nHost: relay.example\r\nContent-Type: application/vnd.vigil.batch\r\n"
                 "Content-Length: 99999999\r\n\r\n");
        actual["post-envelopes-413"] = parseWire(raw.readAll(2s));
    }

    // Resumable upload of one 3342336-byte envelope: create, a chunk, create again (resume),
    // the offset, the documented chunk, the same chunk again (409), the rest (the result).
    {
        const Bytes big = syntheticEnvelope(77, 3342336);
        HttpRequest create = documentedRequest(requests, "post-uploads");
        CHECK(create.header("Content-Type") == "application/json");
        create.body = "{\"size\":3342336,\"envelope_hash\":\"" + toHex(envelopeHash(big)) + "\"}";
        actual["post-uploads-201"] = client.send(create).value();
        const std::string body = actual["post-uploads-201"].body;
        const std::string id = body.substr(body.find("\"upload\":\"") + 10, 32);
        auto chunk = [&](std::size_t from, std::size_t n) {
            HttpRequest r = documentedRequest(requests, "patch-upload");
            CHECK(r.method == "PATCH");
            r.target = "/v1/uploads/" + id;
            r.headers = {{"Content-Type", "application/offset+octet-stream"}, {"Upload-Offset", std::to_string(from)}};
            r.body = toString(ByteView(big).subspan(from, n));
            return client.send(r).value();
        };
        REQUIRE(chunk(0, 65536).status == 204);
        actual["post-uploads-200"] = client.send(create).value();
        HttpRequest status = documentedRequest(requests, "get-upload");
        status.target = "/v1/uploads/" + id;
        actual["get-upload-200"] = client.send(status).value();
        actual["patch-upload-204"] = chunk(65536, 65536);
        actual["patch-upload-409"] = chunk(65536, 65536);
        actual["patch-upload-200"] = chunk(131072, big.size() - 131072);
        create.body = "{\"size\":5242880,\"envelope_hash\":\"" + toHex(envelopeHash(big)) + "\"}";
        actual["post-uploads-413"] = client.send(create).value();
    }

    // Downstream documents.
    const HttpRequest getDirectory = documentedRequest(requests, "get-directory");
    actual["get-directory-200"] = client.send(getDirectory).value();
    HttpRequest conditional = documentedRequest(requests, "get-directory-conditional");
    REQUIRE(conditional.header("If-None-Match").size() == 34);
    conditional.headers = {{"If-None-Match", std::string(actual["get-directory-200"].header("ETag"))}};
    actual["get-directory-304"] = client.send(conditional).value();
    seedFeed(*relay, Feed::Mailbox, {{5, "ab01f3", toBytes("reply one")}, {7, "cd0000", toBytes("other")},
                                     {9, "ab7c20", toBytes("reply two")}}, 9);
    seedFeed(*relay, Feed::Bulletins, {{1, "", toBytes("signed bulletin bytes")}}, 1);
    {
        const Bytes support = signSupportContacts(vigil::test::sampleSupportContacts(), vigil::test::rootKey());
        std::promise<Status> done;
        WriteTask task;
        task.apply = [&support](SqliteDb& db) { return saveDocument(db, kSupportDocument, support, 1'800'000'000); };
        task.done = [&done](Status s) { done.set_value(std::move(s)); };
        relay->store().submitWrite(std::move(task));
        REQUIRE(done.get_future().get().ok());
        actual["get-support-200"] = client.send(documentedRequest(requests, "get-support")).value();
        CHECK(actual["get-support-200"].body == toString(support));
    }
    actual["get-mailbox-200"] = client.send(documentedRequest(requests, "get-mailbox")).value();
    actual["get-bulletins-200"] = client.send(documentedRequest(requests, "get-bulletins")).value();
    actual["get-healthz-200"] = client.send(documentedRequest(requests, "get-healthz")).value();
    actual["get-limits-200"] = client.send(documentedRequest(requests, "get-limits")).value();
    actual["get-metrics-200"] = client.send(documentedRequest(requests, "get-metrics")).value();
    actual["not-found-404"] = client.get("/v2/envelopes").value();

    // A fresh relay has fetched nothing yet, and admits one connection only.
    TempDir freshDir;
    RelayConfig freshConfig = testConfig(freshDir.path());
    freshConfig.limits.maxConnections = 1;
    freshConfig.uploads.maxOpen = 1;
    auto fresh = startRelay(freshConfig, log.logger());
    {
        Client only(urlOf(fresh->port()));
        actual["get-directory-503"] = only.send(getDirectory).value();
        actual["get-bulletins-503"] = only.send(documentedRequest(requests, "get-bulletins")).value();
        actual["get-support-404"] = only.send(documentedRequest(requests, "get-support")).value();
        HttpRequest create = documentedRequest(requests, "post-uploads");
        for (std::uint64_t n : {1u, 2u}) {
            create.body = "{\"size\":1024,\"envelope_hash\":\"" + toHex(envelopeHash(syntheticEnvelope(n))) + "\"}";
            actual["post-uploads-429"] = only.send(create).value();
        }
        RawConnection second(fresh->port());
        second.send("POST /v1/envelopes HTTP/1.1\r\nHost: relay.example\r\nContent-Type: "
                    "application/vnd.vigil.batch\r\nContent-Length: 0\r\n\r\n");
        actual["post-envelopes-503"] = parseWire(second.readAll(2s));
    }

    for (const auto& [id, doc] : responses) {
        INFO("documented response " << id);
        auto it = actual.find(id);
        CHECK(it != actual.end());   // an example with no scenario
        if (it != actual.end())
            compareWithDoc(id, doc, it->second);
    }
    for (const auto& [id, response] : actual) {
        INFO("scenario " << id);
        CHECK(responses.count(id) == 1);   // a scenario with no example
    }
}
