// The attribute works on a type declared inside a function body.
use thread_safe::thread_safe;

pub fn run() -> usize {
    #[thread_safe]
    struct Local {
        value: Vec<u8>,
    }
    #[thread_safe(send = "the pointer is owned by the local value and freed by the caller")]
    struct Raw {
        #[thread_safe(unchecked)]
        ptr: *mut u8,
    }
    let raw = Raw { ptr: std::ptr::null_mut() };
    Local { value: vec![1] }.value.len() + usize::from(raw.ptr.is_null())
}

fn main() {}
