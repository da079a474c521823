//! The app's side of the analysis worker: one worker, the newest request wins.
//!
//! A request while another runs terminates the busy worker and starts a fresh one, which is
//! also how [`Analyzer::cancel`] works: the core runs to completion once started, and a
//! terminated worker takes its work with it. (gloo-worker 0.5 cannot terminate its workers,
//! rustwasm/gloo#408, hence this thin layer over `web_sys::Worker`.)

use crate::protocol::{self, field, get, get_number, get_string, object, Kind};
use gloo::timers::callback::Timeout;
use report_core::{Analysis, DecodeError};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

/// A step of the analysis, as the worker reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Waiting for the worker to start.
    Start,
    /// Reading the bytes.
    Decode,
    /// Repairing the text.
    Repair,
    /// Finding the outline.
    Outline,
    /// Finding the metrics.
    Metrics,
}

/// What the app is told about its current job.
#[derive(Debug)]
pub enum Event {
    /// The job advanced; `done` is the share of the step done, 0 to 1.
    Progress { job: u32, stage: Stage, done: f64 },
    /// The job finished.
    Done {
        job: u32,
        result: Box<Result<Analysis, DecodeError>>,
        /// Milliseconds of analysis in the worker.
        ms: f64,
        /// The worker's wasm memory afterwards, in bytes.
        memory: f64,
    },
    /// The worker failed (a bug in the core, or it could not load); a fresh one is ready.
    Failed { job: u32, message: String },
}

/// Handle to the analysis worker; cheap to clone.
#[derive(Clone)]
pub struct Analyzer(Rc<RefCell<Inner>>);

impl PartialEq for Analyzer {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

struct Inner {
    on_event: Callback<Event>,
    worker: Option<Spawned>,
    next_job: u32,
    /// The job being analyzed, or waiting for the worker to load.
    current: Option<u32>,
    /// The request of `current` while the worker loads.
    queued: Option<js_sys::Object>,
    /// The last panic message from the worker, for the failure that follows it.
    panic: Option<String>,
}

/// A worker whose wasm memory grew past this is terminated after answering.
const RECYCLE_MEMORY_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

/// How long a worker may take to load before the request fails (its wasm is ~230 KB gzip).
const START_TIMEOUT_MS: u32 = 30_000;

/// A running worker with its event handlers; dropping it terminates the worker.
struct Spawned {
    worker: Worker,
    ready: bool,
    _onmessage: Closure<dyn FnMut(MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::Event)>,
    /// Fails the request if the worker never says it is ready (a wasm that cannot load
    /// rejects a promise inside the worker, which raises no error event here).
    _start_timeout: Timeout,
}

impl Drop for Spawned {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

impl Analyzer {
    /// An analyzer reporting to `on_event`; the worker starts with the first request.
    pub fn new(on_event: Callback<Event>) -> Analyzer {
        Analyzer(Rc::new(RefCell::new(Inner {
            on_event,
            worker: None,
            next_job: 0,
            current: None,
            queued: None,
            panic: None,
        })))
    }

    /// Starts analysing `data` (a JS string, a `File`, or nothing for the sample) and returns
    /// the job number; a job still running is abandoned. Fails when no worker can start.
    pub fn request(&self, kind: Kind, data: JsValue) -> Result<u32, String> {
        let mut inner = self.0.borrow_mut();
        inner.abandon_current();
        if inner.worker.is_none() {
            inner.worker = Some(spawn(Rc::downgrade(&self.0))?);
        }
        inner.next_job += 1;
        let job = inner.next_job;
        inner.current = Some(job);
        let message = object(&[
            (field::JOB, job.into()),
            (field::KIND, kind.code().into()),
            (field::DATA, data),
        ]);
        match &inner.worker {
            Some(worker) if worker.ready => {
                let _ = worker.worker.post_message(&message);
            }
            _ => inner.queued = Some(message),
        }
        Ok(job)
    }

    /// Starts the worker ahead of the first request, so that its loading overlaps other work.
    pub fn warm(&self) {
        let mut inner = self.0.borrow_mut();
        if inner.worker.is_none() {
            inner.worker = spawn(Rc::downgrade(&self.0)).ok();
        }
    }

    /// Abandons the current job, if any; true if there was one.
    pub fn cancel(&self) -> bool {
        self.0.borrow_mut().abandon_current()
    }
}

impl Inner {
    /// Forgets the current job, if any (true if there was one). A worker busy with it is
    /// terminated; one still loading is kept, since it has not started the job.
    fn abandon_current(&mut self) -> bool {
        self.queued = None;
        let had_job = self.current.take().is_some();
        if had_job && self.worker.as_ref().is_some_and(|w| w.ready) {
            self.worker = None;
        }
        had_job
    }
}

/// Reports an event, with no borrow held (the app's handlers may make new requests).
fn emit(inner: &RefCell<Inner>, event: Event) {
    let on_event = inner.borrow().on_event.clone();
    on_event.emit(event);
}

/// Starts a worker whose messages go to the analyzer behind `weak`.
fn spawn(weak: Weak<RefCell<Inner>>) -> Result<Spawned, String> {
    let worker = Worker::new(protocol::WORKER_SCRIPT)
        .map_err(|e| e.as_string().unwrap_or_else(|| format!("{e:?}")))?;
    let on_message_weak = weak.clone();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(inner) = on_message_weak.upgrade() {
            if let Some(event) = on_message(&inner, &event.data()) {
                emit(&inner, event);
            }
        }
    });
    let failure_weak = weak.clone();
    let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        // An ErrorEvent (a script error) has a message; a script that cannot load has none.
        let message = get_string(&event, "message");
        fail(
            &failure_weak,
            if message.is_empty() {
                "the analysis worker could not be loaded".to_owned()
            } else {
                message
            },
        );
    });
    let start_timeout = Timeout::new(START_TIMEOUT_MS, move || {
        let loading = weak
            .upgrade()
            .is_some_and(|inner| inner.borrow().worker.as_ref().is_some_and(|w| !w.ready));
        if loading {
            fail(&weak, "the analysis worker did not start".to_owned());
        }
    });
    worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    Ok(Spawned {
        worker,
        ready: false,
        _onmessage: onmessage,
        _onerror: onerror,
        _start_timeout: start_timeout,
    })
}

/// Drops the failed worker and reports the current job, if any, as failed.
fn fail(weak: &Weak<RefCell<Inner>>, message: String) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let failed = {
        let mut inner = inner.borrow_mut();
        inner.worker = None;
        inner.queued = None;
        let panic = inner.panic.take();
        inner.current.take().map(|job| Event::Failed {
            job,
            message: panic.unwrap_or(message),
        })
    };
    if let Some(failed) = failed {
        emit(&inner, failed);
    }
}

/// Handles one message from the worker; the event to report, if any.
fn on_message(inner: &RefCell<Inner>, message: &JsValue) -> Option<Event> {
    let mut inner = inner.borrow_mut();
    match get_string(message, field::TYPE).as_str() {
        "ready" => {
            let queued = inner.queued.take();
            if let Some(worker) = inner.worker.as_mut() {
                worker.ready = true;
                if let Some(queued) = queued {
                    let _ = worker.worker.post_message(&queued);
                }
            }
            None
        }
        "panic" => {
            inner.panic = Some(get_string(message, field::MESSAGE));
            None
        }
        kind => {
            let job = get_number(message, field::JOB) as u32;
            if inner.current != Some(job) {
                return None;
            }
            if kind == "progress" {
                let stage = match get_string(message, field::STAGE).as_str() {
                    "decode" => Stage::Decode,
                    "repair" => Stage::Repair,
                    "outline" => Stage::Outline,
                    _ => Stage::Metrics,
                };
                let done = get_number(message, field::DONE);
                return Some(Event::Progress { job, stage, done });
            }
            inner.current = None;
            let (ms, memory) = (
                get_number(message, field::MS),
                get_number(message, field::MEMORY),
            );
            // Wasm memory never shrinks: a worker that grew for a large report is let go, so
            // that its memory returns to the system; the next request starts a fresh one.
            if memory > RECYCLE_MEMORY_BYTES {
                inner.worker = None;
            }
            drop(inner);
            let payload = js_sys::Uint8Array::new(&get(message, field::PAYLOAD));
            // Read in chunks straight from the JS buffer: a copy of a large result in wasm
            // memory would stay there as its high-water mark.
            let reader = std::io::BufReader::with_capacity(
                1 << 16,
                JsBytes {
                    array: payload,
                    at: 0,
                },
            );
            Some(match bincode::deserialize_from(reader) {
                Ok(result) => Event::Done {
                    job,
                    result: Box::new(result),
                    ms,
                    memory,
                },
                Err(e) => Event::Failed {
                    job,
                    message: format!("cannot read the worker's answer: {e}"),
                },
            })
        }
    }
}

/// Reads a JS `Uint8Array` from the start, a chunk at a time.
struct JsBytes {
    array: js_sys::Uint8Array,
    at: u32,
}

impl std::io::Read for JsBytes {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.array.length() - self.at;
        let n = left.min(u32::try_from(buf.len()).unwrap_or(u32::MAX));
        if n > 0 {
            self.array
                .subarray(self.at, self.at + n)
                .copy_to(&mut buf[..n as usize]);
            self.at += n;
        }
        Ok(n as usize)
    }
}
