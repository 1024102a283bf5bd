async def g():
 try:
  pass
 except E:
  for x in y:
   try:
    async for x in y:
     try:
      try:
       pass
      finally:
       if a: return x
       match x:
        case 1:
         try:
          try:
           try:
            if a: return 1
            try:
             pass
            finally:
             if a: return x
             try:
              pass
             except E:
              pass
             else:
              for x in y:
               for x in y:
                pass
               else:
                with x:
                 try:
                  pass
                 except E:
                  pass
                 else:
                  try:
                   pass
                  except E:
                   break
           finally:
            for x in y: pass
          except E:
           pass
         except* E:
          pass
     except* E:
      pass
   except E:
    pass
   finally:
    pass
