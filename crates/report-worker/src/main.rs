//! The analysis worker: runs the core off the UI thread and reports progress.
//!
//! Built by trunk as a `data-type="worker"` binary (no-modules target, with a loader shim).
//! It posts `ready` once loaded, then answers each request with `progress` messages and one
//! `done` message carrying the bincode `Result<Analysis, DecodeError>`. Cancelling is the app
//! terminating this worker, so the analysis itself needs no cancellation points.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

#[path = "../../../src/protocol.rs"]
#[allow(dead_code)]
mod protocol;

use protocol::{field, get, get_string, object, Kind};
use report_core::decode::{Legacy, LegacyDecoder};
use report_core::{Analysis, DecodeError, Progress};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The bundled sample report (天津市西青区 2023 government work report, PDF-extracted).
const SAMPLE_TEXT: &str = include_str!("../../../static/sample/xiqing-district-2023.txt");

/// At most one progress message per this many milliseconds, besides each new step once the
/// first has been posted.
const PROGRESS_EVERY_MS: f64 = 40.0;

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    {
        let scope = scope.clone();
        std::panic::set_hook(Box::new(move |info| {
            let message = object(&[
                (field::TYPE, "panic".into()),
                (field::MESSAGE, info.to_string().into()),
            ]);
            let _ = scope.post_message(&message);
        }));
    }
    let handler_scope = scope.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        answer(&handler_scope, &event.data());
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let _ = scope.post_message(&object(&[(field::TYPE, "ready".into())]));
}

/// Analyzes one request and posts the result.
fn answer(scope: &DedicatedWorkerGlobalScope, request: &JsValue) {
    let job = get(request, field::JOB);
    let clock = scope.performance();
    let now = || clock.as_ref().map_or_else(js_sys::Date::now, |p| p.now());
    let start = now();
    // Nothing is posted before the first interval: an analysis that ends sooner (most
    // reports take a few milliseconds) shows no progress and spends no time on it.
    let (mut last_post, mut last_stage, mut posted) = (start, "", false);
    let mut progress = |step: Progress| {
        let (stage, done) = match step {
            Progress::Decode => ("decode", 0.0),
            Progress::Repair => ("repair", 0.0),
            Progress::Outline => ("outline", 0.0),
            Progress::Metrics(done) => ("metrics", done),
        };
        let now = now();
        if now - last_post < PROGRESS_EVERY_MS && !(posted && stage != last_stage) {
            return;
        }
        (last_stage, last_post, posted) = (stage, now, true);
        let _ = scope.post_message(&object(&[
            (field::TYPE, "progress".into()),
            (field::JOB, job.clone()),
            (field::STAGE, stage.into()),
            (field::DONE, done.into()),
        ]));
    };
    let data = get(request, field::DATA);
    let result = match Kind::from_code(&get_string(request, field::KIND)) {
        Some(Kind::Text) => text_analysis(data.as_string().unwrap_or_default(), &mut progress),
        Some(Kind::Html) => {
            let text = report_core::decode::html_to_text(&data.as_string().unwrap_or_default());
            text_analysis(text, &mut progress)
        }
        Some(Kind::File) => file_analysis(&data, &mut progress),
        Some(Kind::Sample) | None => text_analysis(SAMPLE_TEXT.to_owned(), &mut progress),
    };
    let ms = now() - start;
    // Sized first, so that the buffer is allocated once, not grown by doubling.
    let mut bytes = Vec::with_capacity(bincode::serialized_size(&result).unwrap_or(0) as usize);
    if let Err(e) = bincode::serialize_into(&mut bytes, &result) {
        wasm_bindgen::throw_str(&format!("cannot encode the analysis: {e}"));
    }
    let payload = js_sys::Uint8Array::from(bytes.as_slice());
    drop(bytes);
    drop(result);
    let memory = wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length();
    let message = object(&[
        (field::TYPE, "done".into()),
        (field::JOB, job),
        (field::PAYLOAD, payload.clone().into()),
        (field::MS, ms.into()),
        (field::MEMORY, memory.into()),
    ]);
    let transfer = js_sys::Array::of1(&payload.buffer());
    let _ = scope.post_message_with_transfer(&message, &transfer);
}

/// A pasted or typed text, refused above the input limit like a file.
fn text_analysis(
    text: String,
    progress: &mut dyn FnMut(Progress),
) -> Result<Analysis, DecodeError> {
    if text.len() > report_core::decode::MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge { size: text.len() });
    }
    Ok(report_core::analyze_text_with_progress(text, progress))
}

/// A `File`, read here (never on the UI thread) unless it is over the input limit.
fn file_analysis(
    file: &JsValue,
    progress: &mut dyn FnMut(Progress),
) -> Result<Analysis, DecodeError> {
    let Some(file) = file.dyn_ref::<web_sys::Blob>() else {
        return Err(DecodeError::Empty);
    };
    let size = file.size() as usize;
    if size > report_core::decode::MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge { size });
    }
    progress(Progress::Decode);
    let bytes = web_sys::FileReaderSync::new()
        .and_then(|reader| reader.read_as_array_buffer(file))
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        .unwrap_or_default();
    report_core::analyze_with_progress(&bytes, &Browser, progress)
}

/// The browser's decoders of the legacy encodings (the Encoding Standard's, as encoding_rs's
/// are): their tables are in the browser already, so the worker does not carry them.
struct Browser;

impl LegacyDecoder for Browser {
    fn decode(&self, bytes: &[u8], encoding: Legacy) -> String {
        // Every browser knows both labels; were a decoder not to be had, the bytes are read as
        // UTF-8 with replacements, which the analysis reports as malformed bytes rather than
        // failing. The decoders of these encodings keep a byte order mark, as the trait asks.
        web_sys::TextDecoder::new_with_label(encoding.name())
            .and_then(|decoder| decoder.decode_with_u8_array(bytes))
            .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
    }
}
